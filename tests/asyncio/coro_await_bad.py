# await on something that is not awaitable is a TypeError, raised inside the task.
import asyncio


class NotAwaitable:
    pass


async def main():
    for value in (1, "s", None, NotAwaitable(), [1]):
        try:
            await value
        except TypeError as e:
            print("TypeError:", e)


asyncio.run(main())
