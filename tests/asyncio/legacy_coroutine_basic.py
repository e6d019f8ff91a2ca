# pyco-only: CPython 3.11 removed @asyncio.coroutine; pyco keeps it for the
# Python 3.4 tutorials. Expected output from CPython 3.10 (-W ignore).
# Generator-based coroutines: `yield from` where today we write `await`.
import asyncio
import inspect


@asyncio.coroutine
def slow_add(a, b):
    print("adding", a, b)
    yield from asyncio.sleep(0.01)
    return a + b


@asyncio.coroutine
def chain():
    first = yield from slow_add(1, 2)       # a legacy coroutine from another
    second = yield from native_double(first)  # an async def one, by yield from
    return second


async def native_double(x):
    await asyncio.sleep(0)
    return 2 * x


async def main():
    print(await slow_add(3, 4))             # awaited from async def
    print(await chain())
    task = asyncio.ensure_future(slow_add(10, 20))
    print(type(task).__name__, await task)
    print(await asyncio.gather(slow_add(1, 1), native_double(5), slow_add(2, 2)))
    coro = slow_add(0, 0)
    print(inspect.isgenerator(coro), inspect.isawaitable(coro), inspect.getgeneratorstate(coro))
    print(await coro, inspect.getgeneratorstate(coro))


asyncio.run(main())
