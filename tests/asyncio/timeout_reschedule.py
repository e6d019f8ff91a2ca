# asyncio.timeout's deadline can be read and moved while the block runs.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:
            print("deadline:", cm.when())
            cm.reschedule(loop.time() + 0.02)
            print("deadline set:", cm.when() is not None)
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out after reschedule, expired:", cm.expired())


asyncio.run(main())
