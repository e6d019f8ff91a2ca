# On cancellation, finally blocks run at every level, and they may still await.
import asyncio


async def inner():
    try:
        print("inner: sleeping")
        await asyncio.sleep(10)
    finally:
        print("inner: finally, cleaning up")
        await asyncio.sleep(0)
        print("inner: cleanup done")


async def outer():
    try:
        await inner()
    finally:
        print("outer: finally")


async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: task was cancelled:", t.cancelled())


asyncio.run(main())
