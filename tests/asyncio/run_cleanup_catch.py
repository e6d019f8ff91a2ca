# A leftover task that ignores the cancellation asyncio.run sends still finishes before run returns.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn: cancelled, but finishing my work")
        await asyncio.sleep(0)
        print("stubborn: work finished")
        return "stubborn result"


async def main():
    global t
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
print("after run:", t.done(), t.cancelled(), t.result())
