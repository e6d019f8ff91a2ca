# Cancelling a consumer blocked in Queue.get: it gets CancelledError there, and the queue
# is left usable (a later item goes to the next getter).
import asyncio


async def consumer(name, q):
    try:
        item = await q.get()
        print(name, "got", item)
    except asyncio.CancelledError:
        print(name, "cancelled in get()")
        raise


async def main():
    q = asyncio.Queue()
    c1 = asyncio.create_task(consumer("c1", q))
    c2 = asyncio.create_task(consumer("c2", q))
    await asyncio.sleep(0)
    c1.cancel()
    await asyncio.sleep(0)
    q.put_nowait("item")
    await c2
    print("c1 cancelled:", c1.cancelled(), "queue size:", q.qsize())


asyncio.run(main())
