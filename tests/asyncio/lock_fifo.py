# Tasks waiting for a Lock get it in the order they asked for it.
import asyncio


async def user(name, lock, log):
    async with lock:
        log.append(name)
        print(name, "has the lock")
        await asyncio.sleep(0)
        print(name, "releases")


async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(user(n, lock, log) for n in ("a", "b", "c", "d")))
    print(log)


asyncio.run(main())
