# A task can catch CancelledError and carry on: it then finishes normally, with a result,
# and cancelled() is False.
import asyncio


async def resilient():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("caught the cancellation, carrying on")
    await asyncio.sleep(0)
    print("still working")
    return "finished anyway"


async def main():
    t = asyncio.create_task(resilient())
    await asyncio.sleep(0)
    print("cancel:", t.cancel())
    print("result:", await t)
    print("cancelled:", t.cancelled(), "state:", t._state)


asyncio.run(main())
