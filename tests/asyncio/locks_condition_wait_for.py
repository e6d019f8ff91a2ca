# Condition.wait_for(predicate) waits until the predicate holds and returns
# its value; a predicate already true returns at once.
import asyncio


async def main():
    cond = asyncio.Condition()
    state = {"count": 0}

    async def watcher():
        async with cond:
            value = await cond.wait_for(lambda: state["count"] >= 3 and f"count={state['count']}")
            print("watcher saw", value)

    task = asyncio.create_task(watcher())
    for _ in range(4):
        await asyncio.sleep(0)
        async with cond:
            state["count"] += 1
            print("count is", state["count"])
            cond.notify_all()
    await task
    async with cond:
        print("already true:", await cond.wait_for(lambda: [1, 2]))


asyncio.run(main())
