# PEP 479 / PEP 525: StopIteration or StopAsyncIteration raised inside an
# async generator becomes RuntimeError, with the original as __cause__.
def step(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as stop:
        return "value %r" % (stop.value,)
    except BaseException as error:
        return "%s(%s) cause=%r suppress=%s" % (type(error).__name__, error, error.__cause__, error.__suppress_context__)


async def raises_stop_async():
    yield 1
    raise StopAsyncIteration("inner")


async def raises_stop():
    yield 1
    raise StopIteration("inner")


async def next_on_empty():
    yield next(iter([]))


for factory in (raises_stop_async, raises_stop, next_on_empty):
    gen = factory()
    print(factory.__name__)
    print(" ", step(gen.__anext__()))
    print(" ", step(gen.__anext__()))
    print(" ", step(gen.__anext__()))

# a coroutine raising StopAsyncIteration is not converted
async def coroutine():
    raise StopAsyncIteration("from coroutine")


print(step(coroutine()))
