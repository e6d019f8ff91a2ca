# Lock: acquire/release, locked(), and async with.
import asyncio


async def main():
    lock = asyncio.Lock()
    print("locked:", lock.locked())
    print("acquire:", await lock.acquire())
    print("locked:", lock.locked())
    lock.release()
    print("released:", lock.locked())
    async with lock:
        print("inside async with:", lock.locked())
    print("after async with:", lock.locked())
    try:
        async with lock:
            raise ValueError("inside")
    except ValueError:
        print("exception in the block still releases:", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
