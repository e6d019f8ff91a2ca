# await outside an async function.
async def g():
    pass
def f():
    await g()
