# An exception inside the awaited coroutine goes through wait_for unchanged.
import asyncio


async def faulty():
    await asyncio.sleep(0)
    raise OSError("disk on fire")


async def main():
    try:
        await asyncio.wait_for(faulty(), timeout=1)
    except OSError as e:
        print("OSError:", e)


asyncio.run(main())
