# Ten thousand items through an unbounded queue, in order.
import asyncio


async def main():
    q = asyncio.Queue()
    for i in range(10000):
        q.put_nowait(i)
    print(q.qsize())
    total = 0
    prev = -1
    ordered = True
    while not q.empty():
        x = await q.get()
        ordered = ordered and x == prev + 1
        prev = x
        total += x
    print(total, ordered, q.qsize())


asyncio.run(main())
