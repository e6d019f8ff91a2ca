# current_task() is the task running now (None in a plain callback); outside a loop there
# is no running loop.
import asyncio


async def child():
    return asyncio.current_task()


async def main():
    me = asyncio.current_task()
    print("main task:", me.get_name())
    t = asyncio.create_task(child(), name="kid")
    result = await t
    print("child saw itself:", result is t, result.get_name())
    print("awaited coroutine runs in the caller's task:", (await child()) is me)
    loop = asyncio.get_running_loop()
    loop.call_soon(lambda: print("in callback:", asyncio.current_task()))
    await asyncio.sleep(0)


asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("outside the loop:", e)
