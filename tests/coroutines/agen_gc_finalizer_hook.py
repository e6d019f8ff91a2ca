# With a finalizer hook installed (what an event loop does), an unreachable
# unfinished async generator is given to finalizer(ag) — once — instead of
# being closed; the hook can then finish it with aclose().
import gc
import sys


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


async def guarded(name):
    try:
        yield name
        yield "more"
    finally:
        print("  finally", name)


pending = []


def finalizer(gen):
    print("  finalizer called for", gen.ag_frame.f_locals["name"], "running:", gen.ag_running)
    pending.append(gen.aclose())


sys.set_asyncgen_hooks(finalizer=finalizer)


async def main():
    a = guarded("a")
    print(await a.__anext__())
    del a
    gc.collect()
    print("collected a; pending acloses:", len(pending))
    while pending:
        await pending.pop()
    gc.collect()
    print("a closed by the hook's aclose")
    b = guarded("b")
    b.__anext__()  # the hooks are taken at the first __anext__, before it starts
    del b
    gc.collect()
    print("b handed over; pending:", len(pending))
    pending.clear()
    gc.collect()
    print("b is not finalized twice")
    c = guarded("c")
    print(await c.__anext__())
    await c.aclose()
    del c
    gc.collect()
    print("closed c is not handed over; pending:", len(pending))
    sys.set_asyncgen_hooks(finalizer=None)
    d = guarded("d")  # started after the hook was removed: closed as usual
    print(await d.__anext__())
    del d
    gc.collect()
    print("after d")


run(main())
