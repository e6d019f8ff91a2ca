# gather: results in argument order, the first exception propagates (the others keep
# running), return_exceptions collects them, a repeated awaitable runs once, gather() of
# nothing, and cancelling the gather cancels its children.
# args: --virtual-time
import asyncio


async def work(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    print("finished", name)
    return name


async def main():
    print(await asyncio.gather(work("a", 0.02), work("b", 0.01), work("c", 0)))
    print(await asyncio.gather())
    try:
        await asyncio.gather(work("ok", 0.03), work("bad", 0.01, True))
    except ValueError as e:
        print("gather raised", repr(e))
    await asyncio.sleep(0.05)
    print(await asyncio.gather(work("x", 0), work("y", 0, True), asyncio.sleep(0, "slept"),
                               return_exceptions=True))
    t = asyncio.create_task(work("shared", 0))
    print(await asyncio.gather(t, t, t))
    coro = work("dup", 0)
    print(await asyncio.gather(coro, coro))

    async def canceller(g):
        await asyncio.sleep(0.01)
        print("cancel gather:", g.cancel())

    inner1 = asyncio.create_task(work("i1", 1))
    inner2 = asyncio.create_task(work("i2", 1))
    g = asyncio.gather(inner1, inner2)
    asyncio.create_task(canceller(g))
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled; children:", inner1.cancelled(), inner2.cancelled())
    print("gather future:", g.cancelled(), g.done())

    # a child cancelled on its own fails the gather with CancelledError
    c1 = asyncio.create_task(work("c1", 1))
    c2 = asyncio.create_task(work("c2", 0.01))
    g = asyncio.gather(c1, c2)
    await asyncio.sleep(0)
    c1.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("child cancelled -> gather raised CancelledError")
    await asyncio.sleep(0.02)
    c3 = asyncio.create_task(work("c3", 1))
    g = asyncio.gather(c3, return_exceptions=True)
    await asyncio.sleep(0)
    c3.cancel("why")
    print("with return_exceptions:", [repr(r) for r in await g])
    print(type(g).__name__, isinstance(g, asyncio.Future))


asyncio.run(main())
