# put_nowait to a queue with a waiting getter: the getter wakes on the next step, and a
# get_nowait from someone else in between takes the item first.
import asyncio


async def getter(q):
    try:
        item = await q.get()
        print("getter got", item)
    except asyncio.CancelledError:
        print("getter cancelled")
        raise


async def main():
    q = asyncio.Queue()
    g = asyncio.create_task(getter(q))
    await asyncio.sleep(0)
    q.put_nowait("A")
    print("main steals", q.get_nowait())
    q.put_nowait("B")
    await g
    print("left in queue:", q.qsize())


asyncio.run(main())
