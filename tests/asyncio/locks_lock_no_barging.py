# Fairness: after release() the lock looks free, but a newcomer may not take
# it before the woken waiter — unless every waiter has been cancelled.
import asyncio


async def take(name, lock, log):
    await lock.acquire()
    log.append(name)
    await asyncio.sleep(0)
    lock.release()


async def main():
    log = []
    lock = asyncio.Lock()
    await lock.acquire()
    waiter = asyncio.create_task(take("waiter", lock, log))
    await asyncio.sleep(0)
    lock.release()
    print("locked() after release:", lock.locked())
    newcomer = asyncio.create_task(take("newcomer", lock, log))
    await asyncio.gather(waiter, newcomer)
    print(log)

    # every waiter cancelled: a newcomer may take the free lock at once
    await lock.acquire()
    parked = [asyncio.create_task(lock.acquire()) for _ in range(2)]
    await asyncio.sleep(0)
    for task in parked:
        task.cancel()
    lock.release()
    print("acquired at once:", await lock.acquire())
    await asyncio.sleep(0)
    print([task.cancelled() for task in parked], lock.locked())
    lock.release()


asyncio.run(main())
