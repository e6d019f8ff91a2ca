# LifoQueue hands out the newest item first.
import asyncio


async def main():
    q = asyncio.LifoQueue()
    for i in range(5):
        await q.put(i)
    print([await q.get() for _ in range(5)])
    q2 = asyncio.LifoQueue(maxsize=2)
    q2.put_nowait("a")
    q2.put_nowait("b")
    print(q2.full(), q2.get_nowait(), q2.get_nowait(), q2.empty())
    print(isinstance(q2, asyncio.Queue))


asyncio.run(main())
