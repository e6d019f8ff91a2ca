# A child cancelled on its own: without return_exceptions the gather raises CancelledError;
# with it, a CancelledError instance appears in the results.
import asyncio


async def main():
    a = asyncio.create_task(asyncio.sleep(0.01, result="a"))
    b = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    b.cancel()
    try:
        await asyncio.gather(a, b)
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    c = asyncio.create_task(asyncio.sleep(10))
    d = asyncio.create_task(asyncio.sleep(0.01, result="d"))
    await asyncio.sleep(0)
    c.cancel()
    res = await asyncio.gather(c, d, return_exceptions=True)
    print([type(x).__name__ for x in res], res[1])
    print("a:", await a)


asyncio.run(main())
