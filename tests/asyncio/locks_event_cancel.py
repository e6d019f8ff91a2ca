# Cancelling a task parked in Event.wait() removes only that waiter.
import asyncio


def show(primitive):
    text = repr(primitive)
    return text[: text.index(" object at ")] + text[text.index(" [") :]


async def waiter(name, event):
    try:
        await event.wait()
        print(name, "saw the event")
    except asyncio.CancelledError as error:
        print(name, "cancelled:", error.args)
        raise


async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(f"t{i}", event)) for i in range(3)]
    await asyncio.sleep(0)
    print(show(event))
    tasks[1].cancel("not needed")
    await asyncio.sleep(0)
    print(show(event))
    event.set()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(result).__name__ for result in results])
    print(show(event))


asyncio.run(main())
