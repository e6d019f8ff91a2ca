# pyco-only
# @asyncio.coroutine, as Python 3.4-3.10 had it (CPython 3.11 removed it: see the cpydiff
# notes): the seed 003 example where the decorated function has no yield at all (it is a
# plain function made into a coroutine), run with loop.run_until_complete and create_task.
# Expected lines are what Python 3.10 prints (its DeprecationWarning goes to stderr,
# which this test does not check).
import asyncio
import time


@asyncio.coroutine
def do_some_work():
    print('Start coroutine')
    time.sleep(0.01)
    print('This is a coroutine')


@asyncio.coroutine
def with_yield_from():
    r = yield from asyncio.sleep(0, result="slept")
    return r


print(asyncio.iscoroutinefunction(do_some_work))
loop = asyncio.new_event_loop()
coroutine = do_some_work()
loop.run_until_complete(coroutine)
task = loop.create_task(do_some_work())
print('Task state:', task._state)
loop.run_until_complete(task)
print('Task state:', task._state)
print(loop.run_until_complete(with_yield_from()))
loop.close()
# expect: True
# expect: Start coroutine
# expect: This is a coroutine
# expect: Task state: PENDING
# expect: Start coroutine
# expect: This is a coroutine
# expect: Task state: FINISHED
# expect: slept
