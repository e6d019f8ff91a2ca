# gather returns results in the order of its arguments, whatever order they finish in.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    print("finished", name)
    return name.upper()


async def main():
    results = await asyncio.gather(job("slow", 0.05), job("fast", 0.01), job("medium", 0.03))
    print(results)


asyncio.run(main())
