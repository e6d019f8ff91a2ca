# ensure_future: a Future comes back unchanged, a coroutine becomes a Task, any awaitable
# is wrapped; anything else is a TypeError.
import asyncio


class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "from __await__"


async def coro():
    return "from coroutine"


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("future unchanged:", asyncio.ensure_future(fut) is fut)
    t = asyncio.ensure_future(coro())
    print("coroutine ->", type(t).__name__, await t)
    print("task unchanged:", asyncio.ensure_future(t) is t)
    w = asyncio.ensure_future(Awaitable())
    print("awaitable ->", isinstance(w, asyncio.Future), await w)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)
    fut.cancel()


asyncio.run(main())
