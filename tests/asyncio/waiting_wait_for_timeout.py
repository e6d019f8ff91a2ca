# asyncio.wait_for at its deadline: the inner task is cancelled (its finally
# runs first) and the caller gets the built-in TimeoutError.
import asyncio


async def slow(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("slow got CancelledError")
        raise
    finally:
        log.append("slow cleaned up")


async def main():
    log = []
    print(asyncio.TimeoutError is TimeoutError)
    task = asyncio.create_task(slow(log))
    try:
        await asyncio.wait_for(task, timeout=0.01)
    except TimeoutError as error:
        print("TimeoutError", repr(error), error.args)
        print("cause:", type(error.__cause__).__name__, "context:", type(error.__context__).__name__)
    print(log, task.cancelled())
    try:
        await asyncio.wait_for(slow(log), 0.01)
    except asyncio.TimeoutError:
        print("caught as asyncio.TimeoutError;", len(log), "log lines")


asyncio.run(main())
