# asyncio.Queue in C: blocking get on empty, blocking put on full, FIFO of waiters,
# get_nowait/put_nowait errors, task_done/join, LifoQueue, PriorityQueue, reprs.
# args: --virtual-time
import asyncio


async def producer(q, items):
    for item in items:
        print("put", item, "qsize before", q.qsize())
        await q.put(item)
    print("producer done")


async def consumer(name, q, n):
    got = []
    for _ in range(n):
        item = await q.get()
        got.append(item)
        print(name, "got", item)
        q.task_done()
    return got


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full(), str(q))
    results = await asyncio.gather(consumer("c1", q, 3), consumer("c2", q, 2), producer(q, range(5)))
    print(results)
    print(str(q), q.empty())

    q = asyncio.Queue()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e), type(e).__module__)
    q2 = asyncio.Queue(1)
    q2.put_nowait(1)
    try:
        q2.put_nowait(2)
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    print(str(q2), q2.full())
    try:
        asyncio.Queue().task_done()
    except ValueError as e:
        print("ValueError", e)

    # join waits until every item is marked done
    jq = asyncio.Queue()
    for i in range(3):
        jq.put_nowait(i)

    async def worker():
        while True:
            item = await jq.get()
            await asyncio.sleep(0.01)
            print("worked on", item)
            jq.task_done()

    w = asyncio.create_task(worker())
    await jq.join()
    print("joined;", str(jq))
    w.cancel()
    await asyncio.sleep(0)
    await jq.join()
    print("join on a finished queue returns at once")

    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "a0")]:
        lq.put_nowait(item)
        pq.put_nowait(item)
    print(str(lq), str(pq))
    print([lq.get_nowait() for _ in range(4)])
    print([pq.get_nowait() for _ in range(4)])
    try:
        pq.put_nowait({})
        pq.put_nowait({})
    except TypeError as e:
        print("TypeError", e)

    # waiters are served in arrival order
    wq = asyncio.Queue()
    order = []

    async def getter(name):
        order.append((name, await wq.get()))

    tasks = [asyncio.create_task(getter(n)) for n in "abc"]
    await asyncio.sleep(0)
    print(str(wq))
    for i in range(3):
        wq.put_nowait(i)
    await asyncio.gather(*tasks)
    print(order)


asyncio.run(main())
