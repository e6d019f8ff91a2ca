# A cancelled task that swallows CancelledError and returns a value is not cancelled:
# awaiting it gives the value.
import asyncio


async def swallow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        return "swallowed"


async def main():
    t = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled(), t.done())


asyncio.run(main())
