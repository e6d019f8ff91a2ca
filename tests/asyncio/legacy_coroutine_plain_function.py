# pyco-only: CPython 3.11 removed @asyncio.coroutine; pyco keeps it for the
# Python 3.4 tutorials. Expected output from CPython 3.10 (-W ignore).
# @asyncio.coroutine on a function that never yields: its body runs only
# when the result is awaited (or run as a task), and awaitable results are
# awaited in turn.
import asyncio


@asyncio.coroutine
def no_yield():
    """Docstring kept by functools.wraps."""
    print("body of no_yield runs")
    return "plain value"


@asyncio.coroutine
def returns_future():
    future = asyncio.get_event_loop().create_future()
    asyncio.get_event_loop().call_soon(future.set_result, "future value")
    return future


@asyncio.coroutine
def returns_coroutine():
    return asyncio.sleep(0, result="coroutine value")


async def native():
    return "native"


async def main():
    coro = no_yield()
    print("called; nothing ran yet")
    print(await coro)
    print(await returns_future())
    print(await returns_coroutine())
    print(no_yield.__name__, no_yield.__doc__)
    print(asyncio.coroutine(native) is native)
    print(asyncio.iscoroutinefunction(no_yield), asyncio.iscoroutinefunction(native),
          asyncio.iscoroutinefunction(len))


asyncio.run(main())
