# A negative or zero delay means "as soon as possible" (still after ready callbacks).
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(-5, print, "negative delay")
    loop.call_later(0, print, "zero delay")
    loop.call_soon(print, "soon")
    await asyncio.sleep(-1)
    print("sleep(-1) returned")
    await asyncio.sleep(0.01)


asyncio.run(main())
