# If the shielded task itself is cancelled, awaiting the shield raises CancelledError.
import asyncio


async def main():
    t = asyncio.create_task(asyncio.sleep(10))
    s = asyncio.shield(t)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("shield raised CancelledError; shield future cancelled:", s.cancelled())


asyncio.run(main())
