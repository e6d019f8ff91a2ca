# Cancelling a task waiting on a Semaphore: CancelledError in acquire(); the permit goes to
# the next waiter and the count stays right.
import asyncio


async def job(name, sem):
    try:
        async with sem:
            print(name, "inside")
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")
        raise


async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    a = asyncio.create_task(job("a", sem))
    b = asyncio.create_task(job("b", sem))
    await asyncio.sleep(0)
    a.cancel()
    await asyncio.sleep(0)
    sem.release()
    await b
    print("a cancelled:", a.cancelled(), "free again:", not sem.locked())


asyncio.run(main())
