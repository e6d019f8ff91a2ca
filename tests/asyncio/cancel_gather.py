# Cancelling a task that waits in gather: the gather is cancelled, which cancels every
# child still running; children already done keep their results.
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def parent(children):
    try:
        await asyncio.gather(*children)
    except asyncio.CancelledError:
        print("parent cancelled inside gather")
        raise


async def main():
    kids = [asyncio.create_task(child("k%d" % i, d)) for i, d in enumerate((0, 10, 10))]
    p = asyncio.create_task(parent(kids))
    await asyncio.sleep(0.01)
    p.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print([k.cancelled() for k in kids], kids[0].result(), p.cancelled())


asyncio.run(main())
