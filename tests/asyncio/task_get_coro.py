# get_coro() returns the coroutine object the task drives.
import asyncio


async def fetch(n):
    await asyncio.sleep(0)
    return n


async def main():
    c = fetch(3)
    t = asyncio.create_task(c)
    print(t.get_coro() is c, t.get_coro().__name__, t.get_coro().cr_code.co_name)
    print(await t)
    print(t.get_coro() is c)


asyncio.run(main())
