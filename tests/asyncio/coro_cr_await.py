# cr_await shows what a suspended coroutine is waiting on; cr_frame is None once it is done.
import asyncio


async def inner():
    await asyncio.sleep(0.01)
    return "inner done"


async def outer():
    return await inner()


async def main():
    c = outer()
    t = asyncio.create_task(c)
    await asyncio.sleep(0)
    print("outer waits on:", type(c.cr_await).__name__, c.cr_await.cr_code.co_name)
    print("inner waits on something:", c.cr_await.cr_await is not None)
    print("running:", c.cr_running, "frame alive:", c.cr_frame is not None)
    print(await t)
    print("after: cr_await", c.cr_await, "frame", c.cr_frame)


asyncio.run(main())
