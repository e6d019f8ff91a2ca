# The seed's ten-step walkthrough (seed 000/004): worker_1 and worker_2 as tasks, awaited
# one after the other; sleeps of 0.05/0.15 s instead of 1/2 s (far enough apart that
# a busy machine cannot swap the steps). Each step is logged.
import asyncio


async def worker_1():
    print('worker_1 start')
    await asyncio.sleep(0.05)
    print('worker_1 done')


async def worker_2():
    print('worker_2 start')
    await asyncio.sleep(0.15)
    print('worker_2 done')


async def main():
    task1 = asyncio.create_task(worker_1())
    task2 = asyncio.create_task(worker_2())
    print('before await')
    await task1
    print('awaited worker_1')
    await task2
    print('awaited worker_2')


asyncio.run(main())
