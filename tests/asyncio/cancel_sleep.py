# Cancelling a task that sleeps: CancelledError is raised at the await of sleep; the task
# may log it and re-raise; then it is cancelled.
import asyncio


async def sleeper():
    print("sleeper: going to sleep")
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("sleeper: CancelledError at sleep", e.args)
        raise
    print("not reached")


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0.01)
    print("main: cancel ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("main: awaiting it raised CancelledError")
    print("cancelled:", t.cancelled(), "done:", t.done())


asyncio.run(main())
