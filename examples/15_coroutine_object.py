# 15 — A coroutine object does nothing until an event loop runs it (seed 002, 4.1; seed 001, 3).
# args: --virtual-time
#
# Calling an `async def` function runs none of its body: it returns a
# coroutine object. The Python 3.4–3.6 way to run it: get the event loop with
# asyncio.get_event_loop() and hand the coroutine to loop.run_until_complete,
# which wraps it in a task, runs the loop until that task is done, and returns
# its result. (Since Python 3.7, asyncio.run(coro) does all of this.)
# The coroutine's repr holds its memory address (0x1034cf830 in the tutorial),
# different on every run: no_address() hides it.
import asyncio


def no_address(text):
    return text[:text.rfind(' at 0x')] + ' at 0x...>'


async def execute(x):
    print('Number:', x)


coroutine = execute(1)
print('Coroutine:', no_address(repr(coroutine)))
print('After calling execute')

loop = asyncio.get_event_loop()
loop.run_until_complete(coroutine)
print('After calling loop')
