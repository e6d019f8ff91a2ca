# Two producers and two consumers on a Queue(maxsize=2), only sleep(0) between steps:
# a fully deterministic log of who blocks and who wakes.
import asyncio


async def producer(name, q, items):
    for item in items:
        await q.put(item)
        print(name, "put", item, "size", q.qsize())
    print(name, "finished")


async def consumer(name, q):
    while True:
        item = await q.get()
        print(name, "got", item)
        q.task_done()
        await asyncio.sleep(0)


async def main():
    q = asyncio.Queue(maxsize=2)
    consumers = [asyncio.create_task(consumer(n, q)) for n in ("c1", "c2")]
    producers = [asyncio.create_task(producer("p1", q, "abcd")),
                 asyncio.create_task(producer("p2", q, "wxyz"))]
    await asyncio.gather(*producers)
    await q.join()
    for c in consumers:
        c.cancel()
    print("all consumed")


asyncio.run(main())
