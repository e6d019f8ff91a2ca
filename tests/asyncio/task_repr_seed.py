# The seed's loop.create_task demo (seed 002, 4.1.1): a task printed before and after it ran.
# The file name is replaced by FILE: CPython prints an absolute path here.
import asyncio


async def execute(x):
    print('Number:', x)
    return x


coroutine = execute(1)
print('Coroutine:', type(coroutine).__name__, coroutine.__qualname__)
print('After calling execute')

loop = asyncio.new_event_loop()
task = loop.create_task(coroutine)
print('Task:', repr(task).replace(__file__, "FILE"))
loop.run_until_complete(task)
print('Task:', repr(task).replace(__file__, "FILE"))
print('After calling loop')
loop.close()
