# A class with __aiter__/__anext__ that awaits: async for works, StopAsyncIteration ends it.
import asyncio


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.n -= 1
        return self.n + 1


async def main():
    async for i in Countdown(3):
        print(i)
    it = Countdown(2).__aiter__()
    print(await it.__anext__(), await it.__anext__())
    try:
        await it.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")


asyncio.run(main())
