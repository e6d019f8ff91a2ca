# Cancelling a producer blocked in Queue.put on a full queue: CancelledError at put(), and
# its item is never added.
import asyncio


async def producer(q):
    try:
        await q.put("second")
        print("not reached")
    except asyncio.CancelledError:
        print("producer cancelled in put(), queue full:", q.full())
        raise


async def main():
    q = asyncio.Queue(maxsize=1)
    await q.put("first")
    t = asyncio.create_task(producer(q))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print("cancelled:", t.cancelled(), "qsize:", q.qsize(), "item:", q.get_nowait())
    q.put_nowait("third")
    print("queue still works:", q.get_nowait())


asyncio.run(main())
