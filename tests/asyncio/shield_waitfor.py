# wait_for(shield(task)) times out without cancelling the task underneath.
import asyncio


async def job():
    await asyncio.sleep(0.1)
    return "job result"


async def main():
    t = asyncio.create_task(job())
    try:
        await asyncio.wait_for(asyncio.shield(t), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out; task still running:", not t.done())
    print(await t)


asyncio.run(main())
