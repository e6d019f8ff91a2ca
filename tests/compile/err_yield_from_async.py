# Compile-time error: yield_from_async.
async def f():
    yield from x
