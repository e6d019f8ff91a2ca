# Compile-time error: return_async_gen.
async def f():
    yield 1
    return 2
