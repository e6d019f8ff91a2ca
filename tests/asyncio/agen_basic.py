# An async generator (async def with yield) consumed with async for inside asyncio.run;
# it can await between items.
import asyncio


async def ticker(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i


async def main():
    async for tick in ticker(3, 0.01):
        print("tick", tick)
    total = 0
    async for tick in ticker(5, 0):
        total += tick
    print("total", total)


asyncio.run(main())
