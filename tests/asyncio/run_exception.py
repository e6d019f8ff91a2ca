# An exception raised in the main coroutine comes out of asyncio.run and can be caught.
import asyncio


async def fail():
    await asyncio.sleep(0)
    raise KeyError("missing")


async def main():
    print("main starts")
    await fail()
    print("not reached")


try:
    asyncio.run(main())
except KeyError as e:
    print("caught", type(e).__name__, e)

# The loop asyncio.run made is gone: there is no running loop now.
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("after run:", e)
