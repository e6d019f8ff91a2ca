# Cancelling a task that is inside asyncio.wait(): the wait ends with
# CancelledError, and the tasks it waited for are not cancelled.
import asyncio


async def main():
    gate = asyncio.Event()
    children = [asyncio.create_task(gate.wait()) for _ in range(2)]

    async def waiter():
        try:
            await asyncio.wait(children)
        except asyncio.CancelledError:
            print("wait cancelled")
            raise

    task = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("waiter cancelled:", task.cancelled())
    print([child.cancelled() for child in children], [child.done() for child in children])
    gate.set()
    print(await asyncio.gather(*children))


asyncio.run(main())
