# The coroutine inside a task goes CORO_CREATED -> CORO_SUSPENDED -> CORO_CLOSED, and is
# CORO_RUNNING while its task runs.
import asyncio
import inspect


async def child():
    me = asyncio.current_task().get_coro()
    print("child sees itself:", inspect.getcoroutinestate(me))
    await asyncio.sleep(0)
    return 1


async def main():
    coro = child()
    print("before task:", inspect.getcoroutinestate(coro))
    t = asyncio.create_task(coro)
    print("task created:", inspect.getcoroutinestate(coro))
    await asyncio.sleep(0)
    print("after one step:", inspect.getcoroutinestate(coro))
    await t
    print("after the task:", inspect.getcoroutinestate(coro))
    print("get_coro is coro:", t.get_coro() is coro)


asyncio.run(main())
