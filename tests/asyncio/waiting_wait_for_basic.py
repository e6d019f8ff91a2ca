# asyncio.wait_for: a result or an exception in time passes straight through.
import asyncio


async def compute(x):
    await asyncio.sleep(0)
    return x * 2


async def fail():
    await asyncio.sleep(0)
    raise LookupError("nothing here")


async def main():
    print(await asyncio.wait_for(compute(21), timeout=5))
    print(await asyncio.wait_for(compute(1), None))
    task = asyncio.create_task(compute(5))
    print(await asyncio.wait_for(task, 5), task.done())
    future = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(future.set_result, "future")
    print(await asyncio.wait_for(future, 1))
    try:
        await asyncio.wait_for(fail(), 5)
    except LookupError as error:
        print("LookupError:", error)
    try:
        await asyncio.wait_for(fail(), None)
    except LookupError as error:
        print("LookupError (no timeout):", error)


asyncio.run(main())
try:
    asyncio.run(asyncio.wait_for(42, 1))
except TypeError as error:
    print("TypeError:", error)
