# Compile-time error: async_comp.
def f():
    return [x async for x in y]
