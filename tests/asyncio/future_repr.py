# The reprs of futures in each state.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    a = loop.create_future()
    print(repr(a))
    a.set_result([1, 2])
    print(repr(a))
    b = loop.create_future()
    b.set_exception(ValueError("bad"))
    print(repr(b))
    b.exception()
    c = loop.create_future()
    c.cancel()
    print(repr(c))
    d = loop.create_future()
    d.set_result("text")
    print(repr(d))


asyncio.run(main())
