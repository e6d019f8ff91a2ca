# 23 — A done callback with an extra argument, through functools.partial (seed 003, 2.5).
# args: --virtual-time
#
# add_done_callback calls the callback with one argument, the task. To pass
# more (here a name), functools.partial(callback, 'Shiyanlou') makes a new
# callable with the first argument filled in; the task comes last. When the
# callback runs, the task is already FINISHED.
# (Time rounded to 0.1 s instead of the tutorial's {:.4f}, as in 22.)
import time
import asyncio
import functools


def three():
    start = time.time()

    # @asyncio.coroutine
    async def corowork():      # 1
        print('[corowork] Start coroutine')
        time.sleep(0.1)
        print('[corowork] This is a coroutine')

    def callback(name, task):  # 2
        print('[callback] Hello {}'.format(name))
        print('[callback] coroutine state: {}'.format(task._state))

    loop = asyncio.get_event_loop()
    coroutine = corowork()
    task = loop.create_task(coroutine)
    task.add_done_callback(functools.partial(callback, 'Shiyanlou'))  # 3
    loop.run_until_complete(task)

    end = time.time()
    print('运行耗时：{:.1f}'.format(end - start))


three()
