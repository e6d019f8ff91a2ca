# Cancelling a task that awaits shield(inner): the task gets CancelledError, but the
# inner task is not cancelled and finishes its work.
import asyncio


async def inner():
    await asyncio.sleep(0.1)
    print("inner finished its work")
    return "inner result"


async def outer(t):
    try:
        await asyncio.shield(t)
    except asyncio.CancelledError:
        print("outer cancelled; inner done?", t.done())
        raise


async def main():
    ti = asyncio.create_task(inner())
    to = asyncio.create_task(outer(ti))
    await asyncio.sleep(0.01)
    to.cancel()
    await asyncio.gather(to, return_exceptions=True)
    print("outer cancelled:", to.cancelled(), "inner cancelled:", ti.cancelled())
    print(await ti)


asyncio.run(main())
