# Async comprehensions: `async for` inside list/set/dict comprehensions, with `if` and
# with await in the element.
import asyncio


async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def double(x):
    await asyncio.sleep(0)
    return x * 2


async def main():
    print([i async for i in numbers(5)])
    print([i async for i in numbers(10) if i % 3 == 0])
    print({i % 2 async for i in numbers(4)})
    print({i: i * i async for i in numbers(3)})
    print([await double(i) for i in range(3)])
    print([await double(i) async for i in numbers(3)])


asyncio.run(main())
