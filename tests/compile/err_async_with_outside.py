# Compile-time error: async_with_outside.
def f():
    async with x:
        pass
