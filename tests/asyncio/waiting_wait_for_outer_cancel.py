# Cancelling the task that is inside wait_for cancels the inner task too, and
# wait_for returns only after the inner task has really stopped.
import asyncio


async def inner(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as error:
        log.append(f"inner cancelled {error.args}")
        await asyncio.sleep(0)  # takes a moment to clean up
        log.append("inner cleaned up")
        raise


async def outer(log, child):
    try:
        await asyncio.wait_for(child, timeout=10)
    except asyncio.CancelledError as error:
        log.append(f"outer cancelled {error.args}")
        raise


async def main():
    log = []
    child = asyncio.create_task(inner(log))
    task = asyncio.create_task(outer(log, child))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    task.cancel("stop")
    try:
        await task
    except asyncio.CancelledError as error:
        print("outer task cancelled:", error.args)
    print(log)
    print(child.cancelled(), task.cancelled())


asyncio.run(main())
