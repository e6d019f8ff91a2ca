# Cancelling tasks parked in Semaphore.acquire(): while still waiting, and
# after release() had already handed them a place (the place goes on to the
# next waiter).
import asyncio


def show(primitive):
    text = repr(primitive)
    return text[: text.index(" object at ")] + text[text.index(" [") :]


async def worker(name, sem, log):
    try:
        await sem.acquire()
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    log.append(f"{name} in")


async def main():
    log = []
    sem = asyncio.Semaphore(0)
    tasks = [asyncio.create_task(worker(f"t{i}", sem, log)) for i in range(4)]
    await asyncio.sleep(0)
    print(show(sem))
    tasks[0].cancel()           # still waiting
    await asyncio.sleep(0)
    print(show(sem), log)
    sem.release()               # hands the place to t1 ...
    tasks[1].cancel()           # ... cancelled before it runs: t2 gets it
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(show(sem), log)
    sem.release()
    await asyncio.sleep(0)
    print(show(sem), log)
    print([task.cancelled() for task in tasks])


asyncio.run(main())
