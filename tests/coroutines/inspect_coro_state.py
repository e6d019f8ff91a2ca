# inspect.getcoroutinestate through a coroutine's life: CREATED, RUNNING
# (seen from inside), SUSPENDED at an await, CLOSED after return, error or close.
import inspect
import types


@types.coroutine
def pause():
    yield "pause"


async def worker():
    print("  inside:", inspect.getcoroutinestate(me))
    await pause()
    return "result"


me = worker()
print(inspect.getcoroutinestate(me))
print(me.send(None))
print(inspect.getcoroutinestate(me), me.cr_suspended, me.cr_running)
try:
    me.send(None)
except StopIteration as stop:
    print("returned", stop.value)
print(inspect.getcoroutinestate(me))

closed_early = worker()
closed_early.close()
print("closed before start:", inspect.getcoroutinestate(closed_early))

me = worker()
me.send(None)
me.close()
print("closed while suspended:", inspect.getcoroutinestate(me))

me = worker()
me.send(None)
try:
    me.throw(RuntimeError("boom"))
except RuntimeError as error:
    print("raised", error, inspect.getcoroutinestate(me))
print(inspect.CORO_CREATED, inspect.CORO_RUNNING, inspect.CORO_SUSPENDED, inspect.CORO_CLOSED)
