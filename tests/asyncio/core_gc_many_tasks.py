# Thousands of suspended tasks survive garbage collections: each waits on a sleep, a
# future, a queue or another task while the program allocates a lot of garbage.
# args: --virtual-time
import asyncio


async def sleeper(i):
    await asyncio.sleep(0.001 * (i % 7))
    return i


async def waiter(fut, i):
    return (await fut) + i


async def getter(q):
    return await q.get()


async def chained(t):
    return await t


async def churn():
    junk = []
    for i in range(200000):
        junk.append([i, str(i), {"k": i}])
        if len(junk) > 1000:
            junk = []
        if i % 20000 == 0:
            await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    q = asyncio.Queue()
    sleepers = [asyncio.create_task(sleeper(i)) for i in range(3000)]
    waiters = [asyncio.create_task(waiter(fut, i)) for i in range(2000)]
    getters = [asyncio.create_task(getter(q)) for i in range(2000)]
    chains = [asyncio.create_task(chained(t)) for t in sleepers[:1000]]
    await asyncio.sleep(0)
    await churn()
    fut.set_result(1000)
    for i in range(2000):
        q.put_nowait(i)
    await churn()
    print(sum(await asyncio.gather(*sleepers)))
    print(sum(await asyncio.gather(*waiters)))
    print(sum(await asyncio.gather(*getters)))
    print(sum(await asyncio.gather(*chains)))
    print(len(asyncio.all_tasks()))


asyncio.run(main())
