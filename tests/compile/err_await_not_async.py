# Compile-time error: await_not_async.
def f():
    await x
