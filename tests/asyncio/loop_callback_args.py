# Callbacks receive positional arguments; keyword arguments go through functools.partial.
import asyncio
import functools


def show(*args, **kwargs):
    print("args", args, "kwargs", kwargs)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(show)
    loop.call_soon(show, 1, "two", [3])
    loop.call_soon(functools.partial(show, 1, sep="-"))
    loop.call_later(0.01, show, "later", None)
    try:
        loop.call_soon(show, key="value")
    except TypeError as e:
        print("TypeError from call_soon with a keyword")
    await asyncio.sleep(0.02)


asyncio.run(main())
