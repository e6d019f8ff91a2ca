# put() on a full queue waits until a get() makes room.
import asyncio


async def producer(q):
    for i in range(4):
        print("putting", i)
        await q.put(i)
        print("put", i, "qsize", q.qsize())


async def main():
    q = asyncio.Queue(maxsize=2)
    p = asyncio.create_task(producer(q))
    await asyncio.sleep(0)
    print("producer is blocked, queue full:", q.full())
    while not (p.done() and q.empty()):
        item = await q.get()
        print("got", item)
        await asyncio.sleep(0)
    print("done")


asyncio.run(main())
