# Cancelling a task in Condition.wait(): it re-acquires the lock before the CancelledError
# leaves the async with, so the lock is never left held; the other waiter still wakes.
import asyncio


async def waiter(name, cond):
    try:
        async with cond:
            await cond.wait()
            print(name, "notified")
    except asyncio.CancelledError:
        print(name, "cancelled in wait(); lock held now:", cond.locked())
        raise


async def main():
    cond = asyncio.Condition()
    a = asyncio.create_task(waiter("a", cond))
    b = asyncio.create_task(waiter("b", cond))
    await asyncio.sleep(0)
    a.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await b
    print(a.cancelled(), b.cancelled(), cond.locked())


asyncio.run(main())
