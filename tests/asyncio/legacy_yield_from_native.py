# A generator-based coroutine may `yield from` a native (async def) coroutine, and a
# native coroutine may await a generator-based one: the two styles mix in one task.
# (CPython 3.11 has no asyncio.coroutine: types.coroutine stands in, see
# legacy_types_coroutine.py.)
import asyncio
import types

coroutine = getattr(asyncio, "coroutine", types.coroutine)


async def native(x):
    await asyncio.sleep(0)
    return x + 1


@coroutine
def legacy(x):
    y = yield from native(x)
    z = yield from asyncio.sleep(0, result=y * 10)
    return z


async def main():
    print(await legacy(1))
    print(await asyncio.gather(legacy(2), native(5), legacy(3)))


asyncio.run(main())
