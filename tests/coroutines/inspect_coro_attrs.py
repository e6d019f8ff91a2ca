# A coroutine's introspection attributes: cr_code, cr_frame, cr_running,
# cr_suspended, cr_await (what it awaits right now) and cr_origin.
import types


@types.coroutine
def pause():
    yield "pause"


async def inner():
    await pause()
    return 1


async def outer():
    print("  running inside:", me.cr_running)
    value = await inner()
    return value


me = outer()
print(me.cr_code.co_name, me.cr_code is outer.__code__, me.cr_origin)
print("created:", me.cr_running, me.cr_suspended, me.cr_await, me.cr_frame.f_lineno)
me.send(None)
awaited = me.cr_await
print("suspended:", me.cr_running, me.cr_suspended, type(awaited).__name__, awaited.__name__, me.cr_frame.f_lineno)
print("chain:", awaited.cr_await.__name__, awaited.cr_await.gi_yieldfrom)
try:
    me.send(None)
except StopIteration as stop:
    print("returned", stop.value)
print("closed:", me.cr_running, me.cr_suspended, me.cr_await, me.cr_frame)
print(sorted(name for name in dir(me) if name.startswith("cr_")))
for name in ("cr_running", "cr_await", "cr_frame", "cr_code"):
    try:
        setattr(me, name, 1)
    except AttributeError:
        print("read-only", name)
