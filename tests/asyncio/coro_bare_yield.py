# A generator-based coroutine (types.coroutine) that yields None gives up the loop for one
# step, like asyncio.sleep(0): tasks interleave.
import asyncio
import types


@types.coroutine
def relinquish():
    yield


async def worker(name, steps):
    for i in range(steps):
        print(name, i)
        await relinquish()
    return name


async def main():
    results = await asyncio.gather(worker("a", 3), worker("b", 2), worker("c", 3))
    print(results)


asyncio.run(main())
