# asyncio.wait (ALL_COMPLETED, the default) returns two sets: done and pending.
import asyncio


async def job(n):
    await asyncio.sleep(n / 100)
    return n


async def main():
    tasks = [asyncio.create_task(job(n)) for n in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks)
    print(type(done).__name__, len(done), len(pending))
    print(sorted(t.result() for t in done))
    print(done == set(tasks))


asyncio.run(main())
