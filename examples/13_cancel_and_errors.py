# 13 — A task that fails, a task cancelled for taking too long, and gather(return_exceptions=True)
# args: --virtual-time
# pyco-only: CPython really sleeps 2 s here; this .out is CPython 3.11's
#
# (seed 000; seed 001, 3.) worker_1 returns 1, worker_2 divides by zero, and
# main cancels task_3 after 2 s because it would take 3. With
# return_exceptions=True, gather does not raise: the exception and the
# cancellation come back as items of the result list. Without it, the first
# error would be raised at the await and would have to be caught with
# try/except.
# The tutorial (Python 3.7) prints CancelledError(); since Python 3.9 a
# cancelled task's CancelledError carries the cancel message, empty here, so
# CPython 3.11 (and pyco) print CancelledError('').
# The tutorial prints the time with {:.2f}; CPython's sleeps overrun by about a
# millisecond each, so here it is rounded to 0.1 s, which prints the same under
# CPython and under pyco's exact virtual clock.
import time
import asyncio


async def worker_1():
    await asyncio.sleep(1)
    return 1


async def worker_2():
    await asyncio.sleep(2)
    return 2 / 0  # 运行时出现错误 (an error while running)


async def worker_3():
    await asyncio.sleep(3)
    return 3


async def main():
    task_1 = asyncio.create_task(worker_1())
    task_2 = asyncio.create_task(worker_2())
    task_3 = asyncio.create_task(worker_3())
    await asyncio.sleep(2)
    task_3.cancel()  # 限定时间，取消协程任务 (out of time: cancel the task)
    res = await asyncio.gather(task_1, task_2, task_3, return_exceptions=True)
    print(res)


star = time.perf_counter()
asyncio.run(main())
print('Wait all time: {:.1f}s'.format(time.perf_counter() - star))
