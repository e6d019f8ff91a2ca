# set_exception: awaiting the future raises it, exception() returns it. An exception class
# is instantiated; StopIteration is refused.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_exception, KeyError("k"))
    try:
        await fut
    except KeyError as e:
        print("await raised", repr(e))
    print("exception():", repr(fut.exception()))
    f2 = loop.create_future()
    f2.set_exception(ValueError)
    print("from a class:", repr(f2.exception()))
    f3 = loop.create_future()
    try:
        f3.set_exception(StopIteration("s"))
    except TypeError as e:
        print("TypeError:", e)
    print("f3 still pending:", f3.done())
    f3.cancel()


asyncio.run(main())
