# The deadline passes, and another cancel arrives before the task runs: the
# other cancel wins (CancelledError, not TimeoutError), thanks to the task's
# cancelling() counter.
import asyncio


async def main():
    loop = asyncio.get_running_loop()

    async def worker():
        try:
            async with asyncio.timeout(10) as t:
                t.reschedule(loop.time() - 1)   # fires on the next iteration
                loop.call_soon(asyncio.current_task().cancel, "second cancel")
                await asyncio.sleep(10)
        except TimeoutError:
            print("TimeoutError (not expected)")
        except asyncio.CancelledError as error:
            print("CancelledError", error.args, "expired:", t.expired())
            raise

    task = asyncio.create_task(worker())
    try:
        await task
    except asyncio.CancelledError:
        print("worker cancelled:", task.cancelled())

    # A cancel requested before entering counts in cancelling() at entry;
    # here the timer fires first and its own cancel is the one undone.
    async def early():
        asyncio.current_task().cancel()
        try:
            async with asyncio.timeout(0):
                await asyncio.sleep(1)
        except TimeoutError:
            print("early: TimeoutError; cancelling() =", asyncio.current_task().cancelling())
        except asyncio.CancelledError:
            print("early: CancelledError; cancelling() =", asyncio.current_task().cancelling())
            raise
        return "early returned"

    task = asyncio.create_task(early())
    try:
        print(await task)
    except asyncio.CancelledError:
        print("early task cancelled")

asyncio.run(main())
