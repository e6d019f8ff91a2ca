# wait_for raises TimeoutError when time is up, after cancelling the awaited task.
import asyncio


async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("slow: cancelled by wait_for")
        raise


async def main():
    t = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(t, timeout=0.02)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e).__name__, e.args)
    print("task cancelled:", t.cancelled())
    print(asyncio.TimeoutError is TimeoutError)
    try:
        await asyncio.wait_for(asyncio.sleep(10), 0.01)
    except TimeoutError:
        print("caught as the builtin TimeoutError")


asyncio.run(main())
