# 17 — asyncio.ensure_future makes the task before there is a loop to run it (seed 002, 4.1.2).
# args: --virtual-time
#
# ensure_future(coroutine) returns a Task too, without naming a loop: the task
# belongs to the current event loop, and run_until_complete runs it. The
# output is the same as with loop.create_task.
# (Reprs: file name cut to its base name, as in 16; no memory address, as in 15.)
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

task = asyncio.ensure_future(coroutine)
print('Task:', show(task))
loop = asyncio.get_event_loop()
loop.run_until_complete(task)
print('Task:', show(task))
print('After calling loop')
