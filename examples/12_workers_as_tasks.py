# 12 — The same workers as tasks: 2 s, and the ten steps of the walkthrough (seed 000/001/004).
# args: --virtual-time
# pyco-only: CPython really sleeps 2 s here; this .out is CPython 3.11's
#
# The tutorial's walkthrough, step by step (run with --trace to watch it):
#  1. asyncio.run(main()) enters main; the event loop starts.
#  2. task1 and task2 are created and wait in the loop; main prints 'before await'.
#  3. await task1: main steps out of the current (main) task; the scheduler runs worker_1.
#  4. worker_1 prints 'worker_1 start', reaches await asyncio.sleep(1) and steps out;
#     the scheduler runs worker_2.
#  5. worker_2 prints 'worker_2 start', reaches await asyncio.sleep(2) and steps out.
#  6. All this took a millisecond or so; now nothing is ready and the loop waits.
#  7. After 1 s worker_1's sleep ends: task1 resumes, prints 'worker_1 done' and finishes.
#  8. await task1 is complete: main resumes, prints 'awaited worker_1', then waits at
#     await task2.
#  9. After 2 s worker_2's sleep ends: task2 prints 'worker_2 done' and finishes.
# 10. main prints 'awaited worker_2' and returns; the event loop ends.
# The tutorial prints the time with {:.2f}; CPython's sleeps overrun by about a
# millisecond each, so here it is rounded to 0.1 s, which prints the same under
# CPython and under pyco's exact virtual clock.
import time
import asyncio


async def worker_1():
    print('worker_1 start')
    await asyncio.sleep(1)
    print('worker_1 done')


async def worker_2():
    print('worker_2 start')
    await asyncio.sleep(2)
    print('worker_2 done')


async def main():
    task1 = asyncio.create_task(worker_1())
    task2 = asyncio.create_task(worker_2())
    print('before await')
    await task1
    print('awaited worker_1')
    await task2
    print('awaited worker_2')


star = time.perf_counter()
asyncio.run(main())
print('Wait all time: {:.1f}s'.format(time.perf_counter() - star))
