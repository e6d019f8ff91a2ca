# Condition: wait() releases the lock and sleeps until notify(); notify(n) wakes n waiters
# in order, notify_all() wakes the rest.
import asyncio


async def waiter(name, cond):
    async with cond:
        print(name, "waits")
        await cond.wait()
        print(name, "woke, lock held:", cond.locked())


async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(waiter("w%d" % i, cond)) for i in range(4)]
    await asyncio.sleep(0)
    async with cond:
        print("notify(1)")
        cond.notify(1)
    await asyncio.sleep(0)
    async with cond:
        print("notify(2)")
        cond.notify(2)
    await asyncio.sleep(0)
    async with cond:
        print("notify_all()")
        cond.notify_all()
    await asyncio.gather(*tasks)


asyncio.run(main())
