# Queue basics: FIFO order, qsize, empty, full, maxsize (0 means unbounded).
import asyncio


async def main():
    q = asyncio.Queue()
    print("maxsize:", q.maxsize, "empty:", q.empty(), "full:", q.full(), "qsize:", q.qsize())
    for item in ("a", "b", "c"):
        await q.put(item)
    print("qsize:", q.qsize(), "empty:", q.empty(), "full:", q.full())
    print(await q.get(), await q.get(), q.get_nowait())
    print("empty again:", q.empty())
    b = asyncio.Queue(maxsize=2)
    b.put_nowait(1)
    print("bounded:", b.maxsize, b.full())
    b.put_nowait(2)
    print("bounded full:", b.full(), b.qsize())
    z = asyncio.Queue(maxsize=-1)
    for i in range(100):
        z.put_nowait(i)
    print("negative maxsize is unbounded:", z.full(), z.qsize())


asyncio.run(main())
