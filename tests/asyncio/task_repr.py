# The repr of a task shows its state, name, coroutine (and where it stands) and its result.
# The file name is replaced by FILE: CPython prints an absolute path here.
import asyncio


def r(obj):
    return repr(obj).replace(__file__, "FILE")


async def compute():
    await asyncio.sleep(0)
    return 42


async def fail():
    raise ValueError("nope")


async def main():
    t = asyncio.create_task(compute(), name="calc")
    print(r(t))
    await t
    print(r(t))
    e = asyncio.create_task(fail())
    await asyncio.sleep(0)
    print(r(e))
    e.exception()
    c = asyncio.create_task(compute(), name="cancelled-one")
    c.cancel()
    await asyncio.sleep(0)
    print(r(c))


asyncio.run(main())
