# task._state: PENDING while running or waiting, FINISHED after a result or an exception,
# CANCELLED after cancellation.
import asyncio


async def ok():
    await asyncio.sleep(0)
    return 1


async def fail():
    await asyncio.sleep(0)
    raise RuntimeError("x")


async def forever():
    await asyncio.sleep(10)


async def main():
    a = asyncio.create_task(ok())
    b = asyncio.create_task(fail())
    c = asyncio.create_task(forever())
    print("created:", a._state, b._state, c._state)
    print("main itself:", asyncio.current_task()._state)
    await asyncio.sleep(0)
    c.cancel()
    print("cancel requested:", c._state)
    await asyncio.sleep(0.01)
    print("later:", a._state, b._state, c._state)
    b.exception()


asyncio.run(main())
