# asyncio.shield: cancelling the awaiting task leaves the shielded one running.
import asyncio


async def important(log):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    log.append("important work done")
    return "saved"


async def caller(inner, log):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        log.append("caller cancelled")
        raise


async def main():
    log = []
    inner = asyncio.create_task(important(log))
    task = asyncio.create_task(caller(inner, log))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        log.append("caller task is cancelled")
    print(log, inner.done(), inner.cancelled())
    print("inner result:", await inner)

    # shielding a pending task makes a new Future in front of it
    inner = asyncio.create_task(important(log))
    outer = asyncio.shield(inner)
    print(type(outer).__name__, outer is inner)
    print(await outer)
    print("done shortcut:", asyncio.shield(inner) is inner)
    print(await asyncio.shield(asyncio.sleep(0, result="from a coroutine")))


asyncio.run(main())
