# 21 — Python 3.4 style: @asyncio.coroutine, the loop, a task and its _state (seed 003, 2.4).
# args: --virtual-time
# pyco-only: CPython 3.11 removed asyncio.coroutine; this .out is the tutorial's (see below)
#
# Before `async def` (Python 3.5), a coroutine function was a function marked
# with @asyncio.coroutine, and `yield from` played the part of `await`.
# one(): the decorated function (here it does not even yield) is called to get
# a coroutine object, and loop.run_until_complete wraps it in a task and runs
# it. two(): the task is made explicitly with loop.create_task; it is an
# asyncio.Task, and its _state is PENDING before the loop runs it and FINISHED
# after. time.sleep(0.1) stands for an I/O operation (it blocks the whole
# loop: see 26).
# pyco keeps @asyncio.coroutine because the tutorial teaches it; CPython 3.11
# no longer has it, so this file's expected output is written from the
# tutorial (Python 3.4–3.10 print the same lines); the time is rounded to
# 0.1 s (the tutorial's {:.4f} shows 0.1062 or so: real sleeps overrun).
# 22 is the same program with async def, checked against CPython 3.11.
import time
import asyncio


def one():
    start = time.time()

    @asyncio.coroutine   # 1
    def do_some_work():  # 2
        print('Start coroutine')
        time.sleep(0.1)  # 3
        print('This is a coroutine')

    loop = asyncio.get_event_loop()     # 4
    coroutine = do_some_work()          # 5
    loop.run_until_complete(coroutine)  # 6

    end = time.time()
    print('运行耗时：{:.1f}'.format(end - start))  # 7


def two():
    start = time.time()

    @asyncio.coroutine
    def do_some_work():
        print('Start coroutine')
        time.sleep(0.1)
        print('This is a coroutine')

    loop = asyncio.get_event_loop()
    coroutine = do_some_work()
    task = loop.create_task(coroutine)  # 1
    print('task 是不是 asyncio.Task 的实例？', isinstance(task, asyncio.Task))  # 2
    print('Task state:', task._state)   # 3
    loop.run_until_complete(task)       # 4
    print('Task state:', task._state)

    end = time.time()
    print('运行耗时：{:.1f}'.format(end - start))


one()
two()
