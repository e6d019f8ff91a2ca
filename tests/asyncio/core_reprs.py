# The reprs and states of Future, Task, Handle and TimerHandle, as CPython prints them.
import asyncio


async def compute(x):
    await asyncio.sleep(0)
    return x * 2


async def fail():
    raise KeyError("k")


def callback(*args):
    pass


def show(*values):
    """print, with this file's path (absolute under CPython) written FILE"""
    print(*[str(v).replace(__file__, "FILE") for v in values])


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    show(fut, fut._state, fut.done(), fut.cancelled())
    fut.add_done_callback(callback)
    show(fut)
    fut.add_done_callback(callback)
    fut.add_done_callback(callback)
    show(fut)
    show("removed", fut.remove_done_callback(callback), fut)
    fut.set_result([1, 2, 3, 4, 5, 6, 7, 8])
    show(fut, fut._state)
    f2 = loop.create_future()
    f2.set_result("a long string that reprlib will shorten in the middle")
    show(f2)
    f3 = loop.create_future()
    f3.set_exception(ValueError("bad"))
    show(f3, f3.exception())
    f4 = loop.create_future()
    show(f4.cancel(), f4, f4._state)
    show(loop.call_soon(callback, 1, "two"))
    h = loop.call_soon(print)
    h.cancel()
    show(h, h.cancelled())
    th = loop.call_later(5, callback)
    show(type(th).__name__, th.when() > loop.time(), th.cancelled())
    th.cancel()
    show(th.cancelled())

    t = asyncio.create_task(compute(21), name="calc")
    show(t)
    await asyncio.sleep(0)
    show(t)
    await t
    show(t, t.result())
    t2 = asyncio.create_task(fail())
    await asyncio.sleep(0)
    show(t2, repr(t2.exception()))
    t3 = asyncio.create_task(compute(1))
    t3.cancel()
    show(t3)
    try:
        await t3
    except asyncio.CancelledError:
        pass
    show(t3, t3._state)
    me = asyncio.current_task()
    show(me.get_name(), me.get_coro().__name__, me.get_loop() is loop, me.done())
    me.set_name(123)
    show(repr(me.get_name()))
    coro = compute(0)
    show(isinstance(t, asyncio.Future), asyncio.isfuture(t), asyncio.isfuture(42),
          asyncio.iscoroutine(coro), asyncio.iscoroutinefunction(compute),
          asyncio.iscoroutinefunction(callback))
    coro.close()
    sleep = asyncio.sleep(0)
    show(type(sleep).__name__)
    sleep.close()


asyncio.run(main())
