# Two Conditions can share one Lock: both report and use the same lock state.
import asyncio


def show(primitive):
    text = repr(primitive)
    return text[: text.index(" object at ")] + text[text.index(" [") :]


async def main():
    lock = asyncio.Lock()
    not_empty = asyncio.Condition(lock)
    not_full = asyncio.Condition(lock)
    await not_empty.acquire()
    print(show(lock), show(not_full), not_full.locked())
    not_full.release()
    print(show(not_empty), lock.locked())

    buffer = []

    async def producer():
        for item in range(4):
            async with not_full:
                await not_full.wait_for(lambda: len(buffer) < 2)
                buffer.append(item)
                print("put", item, buffer)
                not_empty.notify()

    async def consumer():
        for _ in range(4):
            async with not_empty:
                await not_empty.wait_for(lambda: buffer)
                item = buffer.pop(0)
                print("got", item, buffer)
                not_full.notify()

    await asyncio.gather(consumer(), producer())
    print(show(lock))


asyncio.run(main())
