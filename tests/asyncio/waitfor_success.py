# wait_for returns the result when the awaitable finishes in time.
import asyncio


async def compute():
    await asyncio.sleep(0.01)
    return "computed"


async def main():
    print(await asyncio.wait_for(compute(), timeout=1))
    print(await asyncio.wait_for(compute(), 1.5))
    t = asyncio.create_task(compute())
    print(await asyncio.wait_for(t, timeout=None))
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("already")
    print(await asyncio.wait_for(fut, timeout=0))


asyncio.run(main())
