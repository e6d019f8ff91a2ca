# Cancelling a task that awaits asyncio.sleep() cancels the sleep itself: the sleep
# is over (its timer will not fire into anything), and nothing warns at exit.
import asyncio


async def sleeper(log):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        log.append("sleeper cancelled at its sleep")
        raise


async def main():
    log = []
    t = asyncio.create_task(sleeper(log))
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("main saw the cancellation")
    await asyncio.sleep(0.01)
    print(log, t.cancelled(), t.done())


asyncio.run(main())
print("no warning follows")
