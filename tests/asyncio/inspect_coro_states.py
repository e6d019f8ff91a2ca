# getcoroutinestate through a task's life, seen from outside the task.
import asyncio
import inspect


async def sleeper():
    await asyncio.sleep(0.01)
    return "woke"


async def main():
    c = sleeper()
    print(inspect.getcoroutinestate(c))
    t = asyncio.create_task(c)
    print(inspect.getcoroutinestate(c))
    await asyncio.sleep(0)
    print(inspect.getcoroutinestate(c))
    print(await t)
    print(inspect.getcoroutinestate(c))
    c2 = sleeper()
    c2.close()
    print("closed before start:", inspect.getcoroutinestate(c2))


asyncio.run(main())
