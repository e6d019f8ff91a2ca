# An exception escaping an async generator through `async for` shows every
# level in its traceback.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


async def broken():
    yield 1
    raise ValueError("broken generator")


async def main():
    async for x in broken():
        print("got", x)


run(main())
