# Async generator expressions: `(... async for ...)` and `(await ... for ...)`
# make async generators, usable anywhere an async iterator is.
import types


@types.coroutine
def tick():
    yield "tick"


async def source():
    for word in ("alpha", "beta", "gamma"):
        await tick()
        yield word


async def shout(word):
    await tick()
    return word.upper()


def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as stop:
        print("ticks", ticks)
        return stop.value


def make_plain():
    # an async generator expression may be created in an ordinary function
    return (len(word) async for word in source())


async def main():
    lengths = (len(word) async for word in source())
    print(type(lengths).__name__, lengths.__name__)
    print([n async for n in lengths])
    upper = (await shout(word) for word in ["x", "y"])
    print(type(upper).__name__, [w async for w in upper])
    print([n async for n in make_plain()])
    nested = (w async for w in (v + "!" async for v in source()))
    async for w in nested:
        print(w)


run(main())
