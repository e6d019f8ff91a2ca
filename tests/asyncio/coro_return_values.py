# Return values of every kind travel back through await, tasks and gather unchanged.
import asyncio


async def give(v):
    await asyncio.sleep(0)
    return v


async def nothing():
    await asyncio.sleep(0)


async def main():
    values = [None, 0, -1, 2 ** 70, 1.5, "text", b"bytes", (1, 2), [3], {"k": 4}, {5}]
    for v in values:
        print(repr(await give(v)))
    print(repr(await nothing()))
    print(await asyncio.gather(*[give(v) for v in values[:5]]))
    t = asyncio.create_task(give(("tuple", "result")))
    print(await t)


asyncio.run(main())
