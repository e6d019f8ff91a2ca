# get() on an empty queue waits; waiting getters are served in the order they came.
import asyncio


async def getter(name, q):
    print(name, "waits")
    item = await q.get()
    print(name, "got", item)


async def main():
    q = asyncio.Queue()
    tasks = [asyncio.create_task(getter(n, q)) for n in ("g1", "g2", "g3")]
    await asyncio.sleep(0)
    for item in ("first", "second", "third"):
        print("put", item)
        q.put_nowait(item)
    await asyncio.gather(*tasks)


asyncio.run(main())
