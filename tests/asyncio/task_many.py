# A thousand tasks: all run, results come back in order.
import asyncio


async def square(n):
    await asyncio.sleep(0)
    return n * n


async def main():
    tasks = [asyncio.create_task(square(i)) for i in range(1000)]
    print(len(asyncio.all_tasks()))
    results = await asyncio.gather(*tasks)
    print(len(results), sum(results), results[:5], results[-1])
    print(all(t.done() for t in tasks), len(asyncio.all_tasks()))


asyncio.run(main())
