# async with asyncio.timeout(delay): the block is cancelled when time is up and the
# CancelledError becomes TimeoutError at the end of the block.
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(10)
            print("not reached")
    except TimeoutError:
        print("block timed out")
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
        print("fast block finished")
    print("expired:", cm.expired())
    async with asyncio.timeout(None):
        await asyncio.sleep(0.01)
        print("no deadline")


asyncio.run(main())
