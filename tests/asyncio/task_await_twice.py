# A task can be awaited many times and by many tasks: each gets the same result (or error).
import asyncio


async def slow():
    await asyncio.sleep(0.01)
    return "shared result"


async def failing():
    await asyncio.sleep(0.01)
    raise LookupError("shared error")


async def waiter(name, task):
    try:
        print(name, "got", await task)
    except LookupError as e:
        print(name, "got error", repr(e))


async def main():
    t = asyncio.create_task(slow())
    f = asyncio.create_task(failing())
    await asyncio.gather(waiter("w1", t), waiter("w2", t), waiter("w3", f), waiter("w4", f))
    print(await t, await t)
    try:
        await f
    except LookupError as e:
        print("main got", repr(e))


asyncio.run(main())
