# asyncio.Lock: acquire/release, locked(), async with, reprs and errors.
import asyncio


def show(primitive):
    """repr without the address: <asyncio.locks.Lock [unlocked]>"""
    text = repr(primitive)
    return text[: text.index(" object at ")] + text[text.index(" [") :]


async def main():
    lock = asyncio.Lock()
    print(show(lock), lock.locked())
    print(await lock.acquire(), lock.locked(), show(lock))
    lock.release()
    print(lock.locked(), show(lock))
    try:
        lock.release()
    except RuntimeError as error:
        print("RuntimeError:", error)
    async with lock as bound:
        print("inside:", bound, lock.locked())
    print("after:", lock.locked())
    try:
        async with lock:
            raise KeyError("body failed")
    except KeyError as error:
        print("KeyError", error, "- released:", not lock.locked())
    print(type(lock).__module__, type(lock).__name__)


asyncio.run(main())
try:
    asyncio.Lock(loop=None)
except TypeError as error:
    print("TypeError:", error)
