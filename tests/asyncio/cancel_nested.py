# The CancelledError goes down the await chain to the innermost await, then unwinds it
# level by level.
import asyncio


async def level(n):
    print("enter", n)
    try:
        if n == 3:
            await asyncio.sleep(10)
        else:
            await level(n + 1)
    except asyncio.CancelledError:
        print("level", n, "sees CancelledError")
        raise


async def main():
    t = asyncio.create_task(level(1))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: cancelled")


asyncio.run(main())
