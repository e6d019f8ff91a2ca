# `except Exception` does not catch a cancellation: a task with a broad handler is still
# cancelled.
import asyncio


async def careful():
    try:
        await asyncio.sleep(10)
    except Exception as e:
        print("not reached:", e)
    return "not reached"


async def main():
    t = asyncio.create_task(careful())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("cancelled despite except Exception:", t.cancelled())


asyncio.run(main())
