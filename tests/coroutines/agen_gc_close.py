# An unreachable async generator paused inside try/finally is closed when
# collected, without an event loop: its finally runs (CPython does it when the
# last reference goes; pyco at the next collection — gc.collect() here).
import gc


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


async def guarded(name):
    try:
        yield 1
        yield 2
    finally:
        print("  finally", name)


async def unguarded(name):
    yield name
    print("  never printed")


async def main():
    a = guarded("a")
    print(await a.__anext__())
    del a
    gc.collect()
    print("after a")
    b = unguarded("b")
    print(await b.__anext__())
    del b
    gc.collect()
    print("after b")
    created_only = guarded("c")
    del created_only
    gc.collect()
    print("after c (never started)")
    for i in range(3):
        gen = guarded(i)
        await gen.__anext__()
        gen = None
        gc.collect()
    print("loop done")


run(main())
print("end")
