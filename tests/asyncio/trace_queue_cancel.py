# pyco-only
# args: --trace --virtual-time
# --trace with a queue (a consumer parks on Queue.get, a producer on a full Queue.put),
# gather, sleep(0), a callback and a cancellation.
import asyncio


async def producer(q):
    for i in range(2):
        await q.put(i)
    return "produced"


async def consumer(q):
    total = 0
    for _ in range(2):
        total += await q.get()
        await asyncio.sleep(0)
    return total


async def sleeper():
    await asyncio.sleep(5)


async def main():
    q = asyncio.Queue(maxsize=1)
    print(await asyncio.gather(consumer(q), producer(q)))
    asyncio.get_running_loop().call_later(0.5, print, "a callback")
    t = asyncio.create_task(sleeper(), name="sleepy")
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("sleepy was cancelled")


asyncio.run(main())
