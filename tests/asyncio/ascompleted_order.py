# as_completed yields awaitables in the order the results arrive.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    aws = [job("c", 0.05), job("a", 0.01), job("b", 0.03)]
    for nxt in asyncio.as_completed(aws):
        print(await nxt)


asyncio.run(main())
