# collections.abc's async interfaces recognise the built-in objects
# structurally, and AsyncGenerator supplies __anext__/aclose mixins.
import collections.abc as abc
import types


async def agen():
    yield 1


async def coroutine():
    return 1


def generator():
    yield 1


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


g, c, it = agen(), coroutine(), generator()
subjects = [("async_generator", g), ("coroutine", c), ("generator", it), ("asend", g.asend(None)),
            ("athrow", g.aclose()), ("list", [])]
for cls in (abc.AsyncGenerator, abc.AsyncIterator, abc.AsyncIterable, abc.Awaitable, abc.Coroutine,
            abc.Generator, abc.Iterator, abc.Iterable):
    print(cls.__name__ + ":", [name for name, subject in subjects if isinstance(subject, cls)])
print(issubclass(types.AsyncGeneratorType, abc.AsyncGenerator), issubclass(types.CoroutineType, abc.Coroutine))
c.close()


class Ticker(abc.AsyncGenerator):
    def __init__(self, limit):
        self.n = 0
        self.limit = limit

    async def asend(self, value):
        if self.n >= self.limit:
            raise StopAsyncIteration
        self.n += 1
        return self.n

    async def athrow(self, kind, value=None, traceback=None):
        print("  athrow", kind.__name__)
        raise StopAsyncIteration


async def main():
    t = Ticker(3)
    print(t.__aiter__() is t, [x async for x in t])
    t2 = Ticker(5)
    print(await t2.__anext__())
    print(await t2.aclose())
    print(isinstance(t2, abc.AsyncIterator), isinstance(t2, abc.AsyncGenerator))


run(main())
