# An Event as a starting gun: runners wait on it, the main task fires it once all are ready.
import asyncio


async def runner(name, start, delay):
    print(name, "ready")
    await start.wait()
    await asyncio.sleep(delay)
    print(name, "finished")
    return name


async def main():
    start = asyncio.Event()
    tasks = [asyncio.create_task(runner(n, start, d)) for n, d in (("r1", 0.05), ("r2", 0.01), ("r3", 0.03))]
    await asyncio.sleep(0)
    print("go!")
    start.set()
    print(await asyncio.gather(*tasks))


asyncio.run(main())
