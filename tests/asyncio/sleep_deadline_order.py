# Tasks sleeping different times wake in deadline order, not creation order.
import asyncio


async def nap(name, delay):
    await asyncio.sleep(delay)
    print(name, "woke after", delay)


async def main():
    await asyncio.gather(nap("d", 0.08), nap("a", 0.02), nap("c", 0.06), nap("b", 0.04), nap("z", 0))


asyncio.run(main())
