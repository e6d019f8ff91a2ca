# A suspended coroutine keeps its locals: getcoroutinelocals shows them between steps.
import asyncio
import inspect


async def counter():
    total = 0
    for i in range(3):
        total += i
        await asyncio.sleep(0)
    return total


async def main():
    c = counter()
    t = asyncio.create_task(c)
    for _ in range(3):
        await asyncio.sleep(0)
        print(sorted(inspect.getcoroutinelocals(c).items()))
    print(await t)
    print(inspect.getcoroutinelocals(c))


asyncio.run(main())
