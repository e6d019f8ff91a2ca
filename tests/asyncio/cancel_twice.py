# Two cancel() calls before the task runs again: both return True; one CancelledError.
import asyncio


async def target():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("one CancelledError")
        raise


async def main():
    t = asyncio.create_task(target())
    await asyncio.sleep(0)
    print(t.cancel(), t.cancel())
    await asyncio.gather(t, return_exceptions=True)
    print("cancelled:", t.cancelled())


asyncio.run(main())
