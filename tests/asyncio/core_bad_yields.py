# What a Task does with odd things its coroutine yields or awaits: bad yields, a bare
# yield (None: reschedule), awaiting itself, a Future-like object of Python, awaiting a
# Future with `yield from` in a generator-based coroutine, set_result on a Task.
import asyncio
import types


@types.coroutine
def bare_yield(value):
    got = yield value
    return got


class MyFuture:
    """A Python future-like object: _asyncio_future_blocking and add_done_callback."""

    _asyncio_future_blocking = False

    def __init__(self):
        self.callbacks = []
        self.value = None
        self.loop = asyncio.get_running_loop()

    def get_loop(self):
        return self.loop

    def add_done_callback(self, fn, *, context=None):
        self.callbacks.append(fn)

    def result(self):
        return self.value

    def __await__(self):
        self._asyncio_future_blocking = True
        yield self
        return self.value

    def finish(self, value):
        self.value = value
        for fn in self.callbacks:
            fn(self)


@types.coroutine
def legacy(fut):
    result = yield from fut
    return result * 2


async def main():
    for value in (42, "text", [1]):
        try:
            await bare_yield(value)
        except RuntimeError as e:
            print("RuntimeError:", e)
    print("bare yield None returns", await bare_yield(None))
    loop = asyncio.get_running_loop()

    async def self_awaiter():
        await asyncio.sleep(0)
        await me

    me = asyncio.create_task(self_awaiter())
    try:
        await me
    except RuntimeError as e:
        print("RuntimeError:", str(e)[:30])
    mf = MyFuture()
    loop.call_soon(mf.finish, "python future done")
    print(await mf)
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 21)
    print("yield from future:", await legacy(fut))
    try:
        me.set_result(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    f = loop.create_future()
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        f.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        f.set_exception(StopIteration)
    except TypeError as e:
        print("TypeError:", e)
    f.set_exception(ValueError)
    print(repr(f.exception()))
    try:
        f.set_result(2)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    it = iter(loop.create_future())
    print(type(it).__name__, next(it) is not None)
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
