# gathers inside gathers: the results nest the same way.
import asyncio


async def num(n):
    await asyncio.sleep(n / 100)
    return n


async def group(*ns):
    return await asyncio.gather(*(num(n) for n in ns))


async def main():
    print(await asyncio.gather(group(3, 1), group(2), num(0), group()))


asyncio.run(main())
