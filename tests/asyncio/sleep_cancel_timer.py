# Cancelling a sleeping task removes its timer: the loop does not wait for the long sleep.
import asyncio
import time


async def main():
    start = time.monotonic()
    t = asyncio.create_task(asyncio.sleep(30))
    await asyncio.sleep(0.01)
    t.cancel()
    await asyncio.sleep(0)
    print("cancelled:", t.cancelled())
    print("finished quickly:", time.monotonic() - start < 5)


asyncio.run(main())
print("asyncio.run returned without waiting 30 s")
