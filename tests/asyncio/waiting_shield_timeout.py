# shield() inside wait_for: the deadline cancels the shield, not the task,
# which finishes later and can still be awaited.
import asyncio


async def slow_save(log):
    await asyncio.sleep(0.03)
    log.append("saved")
    return "result"


async def main():
    log = []
    task = asyncio.create_task(slow_save(log))
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.005)
    except TimeoutError:
        print("timed out; task cancelled?", task.cancelled(), log)
    print(await task, log)


asyncio.run(main())
