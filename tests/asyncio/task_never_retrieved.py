# A task that fails and whose exception nobody looks at is reported on stderr
# ("Task exception was never retrieved") when it is discarded.
import asyncio


async def boom():
    await asyncio.sleep(0)
    raise ValueError("nobody asked")


async def main():
    asyncio.create_task(boom(), name="lonely")
    await asyncio.sleep(0.01)
    print("main done, the failure went unnoticed")


asyncio.run(main())
print("end")
