# Cancelling a task waiting on an Event: CancelledError in wait(); other waiters still wake.
import asyncio


async def waiter(name, ev):
    try:
        await ev.wait()
        print(name, "saw the event")
    except asyncio.CancelledError:
        print(name, "cancelled in wait()")
        raise


async def main():
    ev = asyncio.Event()
    a = asyncio.create_task(waiter("a", ev))
    b = asyncio.create_task(waiter("b", ev))
    await asyncio.sleep(0)
    a.cancel()
    await asyncio.sleep(0)
    ev.set()
    await b
    print(a.cancelled(), b.cancelled())


asyncio.run(main())
