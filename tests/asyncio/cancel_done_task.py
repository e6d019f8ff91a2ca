# cancel() on a task that is already done does nothing and returns False.
import asyncio


async def quick():
    return "quick"


async def main():
    t = asyncio.create_task(quick())
    await t
    print("cancel a finished task:", t.cancel(), t.cancelled(), t.result())
    f = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    print("first cancel:", f.cancel())
    await asyncio.sleep(0)
    print("cancel a cancelled task:", f.cancel(), f.cancelled())


asyncio.run(main())
