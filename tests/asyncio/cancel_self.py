# A task may cancel itself: the CancelledError arrives at its next suspension point.
import asyncio


async def quitter():
    print("cancelling myself:", asyncio.current_task().cancel())
    print("still running until the next await")
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("CancelledError at the next await")
        raise


async def main():
    t = asyncio.create_task(quitter())
    try:
        await t
    except asyncio.CancelledError:
        pass
    print("cancelled:", t.cancelled())


asyncio.run(main())
