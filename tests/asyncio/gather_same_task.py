# The same task given twice to gather appears twice in the results.
import asyncio


async def once():
    print("runs once")
    await asyncio.sleep(0)
    return "x"


async def main():
    t = asyncio.create_task(once())
    print(await asyncio.gather(t, t, t))


asyncio.run(main())
