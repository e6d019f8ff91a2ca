# A waiter chosen by release() but cancelled before it could run hands the
# lock on to the next waiter: the lock must not stay free with tasks waiting.
import asyncio


async def worker(name, lock, log):
    try:
        await lock.acquire()
    except asyncio.CancelledError:
        log.append(f"{name} cancelled (locked={lock.locked()})")
        raise
    log.append(f"{name} acquired")
    lock.release()


async def main():
    log = []
    lock = asyncio.Lock()
    await lock.acquire()
    first = asyncio.create_task(worker("first", lock, log))
    second = asyncio.create_task(worker("second", lock, log))
    await asyncio.sleep(0)
    lock.release()          # wakes first ...
    first.cancel()          # ... which is cancelled before it runs
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log)
    print(first.cancelled(), second.done(), lock.locked())


asyncio.run(main())
