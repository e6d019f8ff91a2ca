# sleep(0) yields to the other ready tasks: three tasks take turns.
import asyncio


async def worker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    print(name, "done")


async def main():
    await asyncio.gather(worker("A", 3), worker("B", 2), worker("C", 4))


asyncio.run(main())
