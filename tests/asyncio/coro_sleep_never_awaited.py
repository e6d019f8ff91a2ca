# asyncio.sleep() without await makes a coroutine that never runs: CPython warns
# "coroutine 'sleep' was never awaited" when it is dropped (here: at exit). One that
# is closed, or awaited, does not warn.
import asyncio

forgotten = asyncio.sleep(2)
print(type(forgotten).__name__, forgotten.__name__)

closed = asyncio.sleep(1)
closed.close()


async def main():
    await asyncio.sleep(0)
    await asyncio.sleep(0.01)
    print("main done")


asyncio.run(main())
print("end of program")
