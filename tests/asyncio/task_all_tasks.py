# all_tasks() is the set of tasks not yet done, the current one included.
import asyncio


async def nap(d):
    await asyncio.sleep(d)


async def main():
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    a = asyncio.create_task(nap(0.01), name="short")
    b = asyncio.create_task(nap(0.2), name="long")
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await a
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await b
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(type(asyncio.all_tasks()).__name__)


asyncio.run(main())
