# The seed's old style (seed 002, 4.1): asyncio.get_event_loop() at module level, then
# run_until_complete on a coroutine, then on a task made by ensure_future.
import asyncio


async def execute(x):
    print('Number:', x)
    return x


coroutine = execute(1)
print('Coroutine made:', type(coroutine).__name__)
print('After calling execute')
loop = asyncio.get_event_loop()
loop.run_until_complete(coroutine)
print('After calling loop')
task = asyncio.ensure_future(execute(2))
print('Task:', task._state)
print('Result:', loop.run_until_complete(task))
print('Task:', task._state, task.result())
print('Same loop again:', asyncio.get_event_loop() is loop)
