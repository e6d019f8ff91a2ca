# Cancelling the future gather returns cancels all its children; awaiting it raises
# CancelledError.
import asyncio


async def child(n):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise


async def main():
    g = asyncio.gather(child(1), child(2), child(3))
    await asyncio.sleep(0)
    print("cancel gather:", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("await gather: CancelledError")
    print("gather cancelled:", g.cancelled())


asyncio.run(main())
