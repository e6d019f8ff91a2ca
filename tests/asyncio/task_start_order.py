# create_task does not run the coroutine at once: it starts at the next loop iteration,
# in creation order, after the creator suspends.
import asyncio


async def job(name):
    print("start", name)
    await asyncio.sleep(0)
    print("resume", name)
    return name


async def main():
    tasks = []
    for name in "ABC":
        tasks.append(asyncio.create_task(job(name)))
        print("created", name)
    print("main still running, nothing started")
    await asyncio.sleep(0)
    print("main after one yield")
    print(await asyncio.gather(*tasks))


asyncio.run(main())
