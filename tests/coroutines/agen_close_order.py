# Closing an outer async generator that is iterating an inner one: the outer
# one's cleanup decides what happens to the inner one.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


async def inner(log):
    try:
        for i in range(10):
            yield i
    finally:
        log.append("inner closed")


async def outer(log):
    source = inner(log)
    try:
        async for value in source:
            yield value * 100
    finally:
        log.append("outer finally")
        await source.aclose()
        log.append("outer closed inner")


async def main():
    log = []
    gen = outer(log)
    print(await gen.__anext__(), await gen.__anext__())
    await gen.aclose()
    print(log)
    log.clear()
    gen = outer(log)
    async for value in gen:
        if value >= 200:
            break
    print("after break", log)
    await gen.aclose()
    print("after aclose", log)


run(main())
