# 16 — loop.create_task wraps a coroutine in a Task, pending then finished (seed 002, 4.1.1).
# args: --virtual-time
#
# run_until_complete wraps a coroutine in a Task itself; loop.create_task does
# it explicitly, so we can look at the task: before the loop runs it is
# pending (its coroutine has not started), afterwards it is finished and
# holds the coroutine's return value as its result.
# The tutorial ran on Python 3.6, whose Task repr had no name; Python 3.8 added
# name='Task-1'. A task's repr names the coroutine's file as CPython gives it
# (an absolute path): here it is cut to the file's base name, so the output
# does not depend on where the examples live. (no_address: as in 15.)
import asyncio
import os


def no_address(text):
    return text[:text.rfind(' at 0x')] + ' at 0x...>'


def show(task):
    return repr(task).replace(__file__, os.path.basename(__file__))


async def execute(x):
    print('Number:', x)
    return x


coroutine = execute(1)
print('Coroutine:', no_address(repr(coroutine)))
print('After calling execute')

loop = asyncio.get_event_loop()
task = loop.create_task(coroutine)
print('Task:', show(task))
loop.run_until_complete(task)
print('Task:', show(task))
print('After calling loop')
