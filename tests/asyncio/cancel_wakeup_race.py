# A task whose future is already done but which has not resumed yet is still cancellable:
# cancel() returns True and the task gets CancelledError instead of the value.
import asyncio


async def waiter(fut):
    try:
        v = await fut
        print("got", v)
    except asyncio.CancelledError:
        print("cancelled even though the future had a result")
        raise


async def main():
    fut = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    fut.set_result("value")
    print("cancel:", t.cancel())
    await asyncio.gather(t, return_exceptions=True)
    print("task cancelled:", t.cancelled(), "future:", fut.result())


asyncio.run(main())
