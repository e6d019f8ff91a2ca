# Nested asyncio.timeout blocks: only the one whose deadline passed turns the
# cancellation into TimeoutError; a cancel from elsewhere stays CancelledError.
import asyncio


async def main():
    try:
        async with asyncio.timeout(10) as outer:
            try:
                async with asyncio.timeout(0.01) as inner:
                    await asyncio.sleep(10)
            except TimeoutError:
                print("inner expired:", inner.expired(), "outer expired:", outer.expired())
            await asyncio.sleep(0)
            print("still inside outer")
    except TimeoutError:
        print("not reached")

    try:
        async with asyncio.timeout(0.01) as outer:
            async with asyncio.timeout(10) as inner:
                await asyncio.sleep(10)
    except TimeoutError:
        print("outer fired through inner:", outer.expired(), inner.expired())

    async def victim():
        try:
            async with asyncio.timeout(10):
                await asyncio.sleep(10)
        except TimeoutError:
            print("not reached")

    task = asyncio.create_task(victim())
    await asyncio.sleep(0)
    task.cancel("from outside")
    try:
        await task
    except asyncio.CancelledError as error:
        print("outside cancel stays CancelledError:", error.args)


asyncio.run(main())
