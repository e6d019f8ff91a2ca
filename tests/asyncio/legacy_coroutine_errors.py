# pyco-only: CPython 3.11 removed @asyncio.coroutine; pyco keeps it for the
# Python 3.4 tutorials. Expected output from CPython 3.10 (-W ignore).
# Exceptions and cancellation travel through generator-based coroutines as
# through async def ones; an undecorated generator cannot be awaited.
import asyncio


@asyncio.coroutine
def fails():
    yield from asyncio.sleep(0)
    raise KeyError("legacy failure")


@asyncio.coroutine
def sleeper(log):
    try:
        yield from asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("sleeper cancelled")
        raise
    finally:
        log.append("sleeper finally")


def undecorated():
    yield from asyncio.sleep(0)


async def main():
    try:
        await fails()
    except KeyError as error:
        print("KeyError:", error)
    log = []
    task = asyncio.ensure_future(sleeper(log))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("task cancelled:", task.cancelled(), log)
    try:
        await asyncio.wait_for(sleeper(log), 0.01)
    except asyncio.TimeoutError:
        print("timed out:", log)
    generator = undecorated()
    try:
        await generator
    except TypeError as error:
        print("TypeError:", error)
    generator.close()


asyncio.run(main())
