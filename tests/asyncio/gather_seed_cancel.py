# The seed's cancel + gather(return_exceptions=True) example (seed 000/001), with sleeps
# scaled down (1 s -> 0.01 s; worker_3 and main's wait stretched to keep the order clear).
import asyncio


async def worker_1():
    await asyncio.sleep(0.01)
    return 1


async def worker_2():
    await asyncio.sleep(0.02)
    return 2 / 0


async def worker_3():
    await asyncio.sleep(0.2)
    return 3


async def main():
    task_1 = asyncio.create_task(worker_1())
    task_2 = asyncio.create_task(worker_2())
    task_3 = asyncio.create_task(worker_3())
    await asyncio.sleep(0.04)
    task_3.cancel()
    res = await asyncio.gather(task_1, task_2, task_3, return_exceptions=True)
    print(res)


asyncio.run(main())
