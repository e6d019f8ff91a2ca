# notify(n) wakes at most n waiters, oldest first; they retake the lock one
# after another.
import asyncio


async def main():
    cond = asyncio.Condition()
    log = []

    async def waiter(name):
        async with cond:
            await cond.wait()
            log.append(name)

    tasks = [asyncio.create_task(waiter(f"w{i}")) for i in range(5)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log)
    async with cond:
        cond.notify(0)
    await asyncio.sleep(0)
    print(log)
    async with cond:
        cond.notify(10)
    await asyncio.gather(*tasks)
    print(log)


asyncio.run(main())
