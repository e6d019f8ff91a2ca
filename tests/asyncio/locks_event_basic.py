# asyncio.Event: wait() blocks until set(); set() wakes every waiter; clear().
import asyncio


def show(primitive):
    text = repr(primitive)
    return text[: text.index(" object at ")] + text[text.index(" [") :]


async def waiter(name, event):
    print(name, "waiting")
    result = await event.wait()
    print(name, "woke with", result)


async def main():
    event = asyncio.Event()
    print(show(event), event.is_set())
    tasks = [asyncio.create_task(waiter(name, event)) for name in ("a", "b", "c")]
    await asyncio.sleep(0)
    print(show(event))
    event.set()
    print("set:", show(event))
    await asyncio.gather(*tasks)
    print(show(event))
    print("wait on a set event:", await event.wait())
    event.set()  # setting twice changes nothing
    event.clear()
    print("cleared:", show(event), event.is_set())
    task = asyncio.create_task(waiter("d", event))
    await asyncio.sleep(0)
    print("d still waiting:", not task.done())
    event.set()
    await task


asyncio.run(main())
