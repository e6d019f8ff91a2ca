# Tasks blocked on a Semaphore(1) are released one by one, first come first served.
import asyncio


async def job(name, sem):
    print(name, "asks")
    async with sem:
        print(name, "enters")
        await asyncio.sleep(0)
    print(name, "leaves")


async def main():
    sem = asyncio.Semaphore(1)
    await asyncio.gather(job("a", sem), job("b", sem), job("c", sem))


asyncio.run(main())
