# Timeout.when() and reschedule(): the deadline can move while the block runs,
# and the state rules say when that is allowed.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    timeout = asyncio.timeout_at(loop.time() + 10)
    try:
        timeout.reschedule(None)
    except RuntimeError as error:
        print("RuntimeError:", error)
    try:
        async with timeout as t:
            print(t is timeout, round(t.when() - loop.time()) == 10)
            t.reschedule(loop.time() + 0.01)  # sooner
            await asyncio.sleep(10)
    except TimeoutError:
        print("rescheduled deadline hit; expired:", timeout.expired())
    for state in ("expired",):
        try:
            timeout.reschedule(1)
        except RuntimeError as error:
            print("RuntimeError:", error)

    async with asyncio.timeout(0.005) as t:
        t.reschedule(None)  # no deadline after all
        await asyncio.sleep(0.02)
        print("survived;", t.when(), t.expired())
    try:
        t.reschedule(None)
    except RuntimeError as error:
        print("RuntimeError:", error)
    try:
        async with t:
            pass
    except RuntimeError as error:
        print("RuntimeError:", error)

    # a deadline in the past expires on the next loop iteration
    try:
        async with asyncio.timeout(10) as t:
            t.reschedule(loop.time() - 1)
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past deadline -> TimeoutError")


asyncio.run(main())
