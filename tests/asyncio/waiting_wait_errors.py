# The mistakes asyncio.wait() reports, with CPython 3.11's messages.
import asyncio


async def job():
    return 1


async def main():
    task = asyncio.create_task(job())
    attempts = [
        lambda: asyncio.wait([]),
        lambda: asyncio.wait(set()),
        lambda: asyncio.wait([task], return_when="SOMETIMES"),
        lambda: asyncio.wait(task),
        lambda: asyncio.wait(asyncio.get_running_loop().create_future()),
    ]
    for attempt in attempts:
        try:
            await attempt()
        except (TypeError, ValueError) as error:
            print(type(error).__name__ + ":", error)
    coro = job()
    try:
        await asyncio.wait(coro)
    except TypeError as error:
        print("TypeError:", error)
    try:
        await asyncio.wait([coro])
    except TypeError as error:
        print("TypeError:", error)
    coro.close()
    # in 3.11 a generator counts as a (generator-based) coroutine
    try:
        await asyncio.wait(t for t in [task])
    except TypeError as error:
        print("TypeError:", error)
    print(await task)


asyncio.run(main())
try:
    asyncio.run(asyncio.wait([1]))
except AttributeError as error:
    print("AttributeError:", error)
