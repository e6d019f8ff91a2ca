# A task parked on a plain Future is cancelled at that await; the future it waited on is
# cancelled too.
import asyncio


async def waiter(fut):
    try:
        await fut
    except asyncio.CancelledError:
        print("waiter: cancelled while awaiting the future")
        raise


async def main():
    fut = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print("future cancelled:", fut.cancelled())
    print("task cancelled:", t.cancelled())


asyncio.run(main())
