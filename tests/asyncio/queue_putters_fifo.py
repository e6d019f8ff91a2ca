# Several producers blocked on a full queue are let in first come, first served.
import asyncio


async def producer(name, q):
    await q.put(name)
    print(name, "put its item")


async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("initial")
    tasks = [asyncio.create_task(producer(n, q)) for n in ("p1", "p2", "p3")]
    await asyncio.sleep(0)
    for _ in range(4):
        print("took", await q.get())
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)


asyncio.run(main())
