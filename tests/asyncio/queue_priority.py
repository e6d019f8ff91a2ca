# PriorityQueue hands out the smallest item first (tuples: priority, then the rest).
import asyncio


async def main():
    q = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent"), (5, "later")]:
        q.put_nowait(item)
    while not q.empty():
        print(await q.get())
    q.put_nowait(10)
    q.put_nowait(-5)
    q.put_nowait(7)
    print(q.get_nowait(), q.get_nowait(), q.get_nowait())
    print(isinstance(q, asyncio.Queue))


asyncio.run(main())
