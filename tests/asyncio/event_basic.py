# Event: wait() blocks until set(); is_set(); clear() makes later waits block again.
import asyncio


async def waiter(ev):
    print("waiter: waiting")
    result = await ev.wait()
    print("waiter: woke, wait() returned", result)


async def main():
    ev = asyncio.Event()
    print("is_set:", ev.is_set())
    t = asyncio.create_task(waiter(ev))
    await asyncio.sleep(0.01)
    print("main: set")
    ev.set()
    print("is_set:", ev.is_set())
    await t
    print("already set, wait returns at once:", await ev.wait())
    ev.clear()
    print("cleared:", ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except asyncio.TimeoutError:
        print("wait after clear blocks (timed out)")


asyncio.run(main())
