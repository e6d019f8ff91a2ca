# An async generator that reads a Queue until a sentinel: the usual "stream" pattern.
import asyncio


async def from_queue(q):
    while True:
        item = await q.get()
        if item is None:
            return
        yield item


async def producer(q):
    for w in ("alpha", "beta", "gamma"):
        await asyncio.sleep(0)
        await q.put(w)
    await q.put(None)


async def main():
    q = asyncio.Queue()
    p = asyncio.create_task(producer(q))
    async for word in from_queue(q):
        print("word", word)
    await p


asyncio.run(main())
