# Without return_exceptions, the first exception propagates to the awaiting code at once;
# the other children are not cancelled and go on running.
import asyncio


async def ok(delay):
    await asyncio.sleep(delay)
    print("ok finished after", delay)
    return delay


async def bad():
    await asyncio.sleep(0.01)
    raise ValueError("bad child")


async def main():
    slow = asyncio.create_task(ok(0.2))
    try:
        await asyncio.gather(ok(0), bad(), slow)
    except ValueError as e:
        print("gather raised", repr(e))
    print("slow still running:", not slow.done())
    print("slow result:", await slow)


asyncio.run(main())
