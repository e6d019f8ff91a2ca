# A consumer blocked on an empty PriorityQueue gets the best item available when it wakes.
import asyncio


async def consumer(q):
    for _ in range(3):
        print("consumer got", await q.get())
        await asyncio.sleep(0)


async def main():
    q = asyncio.PriorityQueue(maxsize=3)
    c = asyncio.create_task(consumer(q))
    await asyncio.sleep(0)
    q.put_nowait((5, "five"))
    q.put_nowait((1, "one"))
    q.put_nowait((3, "three"))
    await c


asyncio.run(main())
