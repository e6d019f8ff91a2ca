# aiter()/anext() drive an async generator by hand; anext(it, default) returns the default
# at the end; without one StopAsyncIteration is raised.
import asyncio


async def two():
    yield "first"
    await asyncio.sleep(0)
    yield "second"


async def main():
    it = aiter(two())
    print(await anext(it))
    print(await anext(it))
    print(await anext(it, "the end"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")


asyncio.run(main())
