# anext(it) is it.__anext__(); anext(it, default) gives an awaitable whose
# await yields the default instead of raising StopAsyncIteration.
import types


@types.coroutine
def pause():
    yield "pause"


def run(coro):
    pauses = 0
    try:
        while True:
            coro.send(None)
            pauses += 1
    except StopIteration as stop:
        print("pauses", pauses)
        return stop.value


async def two():
    await pause()
    yield "first"
    yield "second"


class Manual:
    def __init__(self):
        self.left = 1

    def __aiter__(self):
        return self

    async def __anext__(self):
        await pause()
        if not self.left:
            raise StopAsyncIteration
        self.left -= 1
        return "manual"


async def main():
    gen = two()
    print(await anext(gen))
    print(await anext(gen, "unused"))
    print(await anext(gen, "default"))
    print(await anext(gen, None))
    try:
        await anext(gen)
    except StopAsyncIteration:
        print("StopAsyncIteration without default")
    m = Manual()
    print(await anext(m, "end"), await anext(m, "end"), await anext(m, "end"))
    awaitable = anext(two(), 0)
    manual_step = anext(Manual())
    print(type(awaitable).__name__, type(anext(two())).__name__, type(manual_step).__name__)
    manual_step.close()
    print(awaitable.__await__() is awaitable)
    awaitable.close()
    return "done"


print(run(main()))
for call in (lambda: anext(1), lambda: anext([1, 2]), lambda: anext(), lambda: anext(two(), 1, 2),
             lambda: anext(two(), default=1)):
    try:
        call()
        print("ok")
    except TypeError as error:
        print("TypeError:", error)
