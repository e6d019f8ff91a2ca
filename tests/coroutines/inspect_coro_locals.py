# inspect.getcoroutinelocals: a coroutine's local variables while it is
# paused; {} once it has finished.
import inspect
import types


@types.coroutine
def pause():
    yield


async def compute(a, b=2):
    total = a + b
    await pause()
    squares = [i * i for i in range(total)]
    await pause()
    return squares


coro = compute(1)
print(inspect.getcoroutinelocals(coro))
coro.send(None)
print(inspect.getcoroutinelocals(coro))
coro.send(None)
print(inspect.getcoroutinelocals(coro))
try:
    coro.send(None)
except StopIteration as stop:
    print(stop.value)
print(inspect.getcoroutinelocals(coro))
print(inspect.getcoroutinelocals(42))
