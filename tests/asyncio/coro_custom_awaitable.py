# Any object whose __await__ returns an iterator can be awaited; delegating to a Future's
# __await__ parks the task like awaiting the future itself.
import asyncio


class Delayed:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        loop.call_soon(fut.set_result, self.value)
        result = yield from fut.__await__()
        return ("delayed", result)


class Immediate:
    def __await__(self):
        return iter(())          # an empty iterator: finishes at once with None


async def main():
    print(await Delayed(5))
    print(await Immediate())
    t = asyncio.create_task(asyncio.sleep(0, result="slept"))
    print(await t)


asyncio.run(main())
