# Two async generators consumed by two tasks at the same time interleave.
import asyncio


async def numbers(name, n):
    for i in range(n):
        await asyncio.sleep(0)
        yield "%s%d" % (name, i)


async def consume(name, n):
    out = []
    async for item in numbers(name, n):
        print("got", item)
        out.append(item)
    return out


async def main():
    print(await asyncio.gather(consume("a", 3), consume("b", 2)))


asyncio.run(main())
