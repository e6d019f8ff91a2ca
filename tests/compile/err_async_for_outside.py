# Compile-time error: async_for_outside.
def f():
    async for x in y:
        pass
