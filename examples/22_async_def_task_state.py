# 22 — The same with async def (Python 3.5+): a task's _state before and after (seed 003, 2.4–2.5).
# args: --virtual-time
#
# 21 again, with `async def` in place of @asyncio.coroutine: the two mean the
# same to the event loop. loop.create_task (or asyncio.ensure_future) makes
# the task; _state is PENDING until the loop has run it, then FINISHED.
# (The tutorial prints the time with {:.4f}; real sleeps overrun a little, so
# it is rounded to 0.1 s here, the same under CPython and the virtual clock.)
import time
import asyncio


def one():
    start = time.time()

    async def do_some_work():
        print('Start coroutine')
        time.sleep(0.1)
        print('This is a coroutine')

    loop = asyncio.get_event_loop()
    coroutine = do_some_work()
    loop.run_until_complete(coroutine)

    end = time.time()
    print('运行耗时：{:.1f}'.format(end - start))


def two():
    start = time.time()

    async def do_some_work():
        print('Start coroutine')
        time.sleep(0.1)
        print('This is a coroutine')

    loop = asyncio.get_event_loop()
    coroutine = do_some_work()
    task = loop.create_task(coroutine)
    print('task 是不是 asyncio.Task 的实例？', isinstance(task, asyncio.Task))
    print('Task state:', task._state)
    loop.run_until_complete(task)
    print('Task state:', task._state)

    end = time.time()
    print('运行耗时：{:.1f}'.format(end - start))


one()
two()
