# asyncio.sleep(delay, result) returns result (None by default).
import asyncio


async def main():
    print(await asyncio.sleep(0))
    print(await asyncio.sleep(0.01, "after a nap"))
    print(await asyncio.sleep(0, result=[1, 2]))
    t = asyncio.create_task(asyncio.sleep(0.01, result="task result"))
    print(await t)


asyncio.run(main())
