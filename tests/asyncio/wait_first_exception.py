# FIRST_EXCEPTION returns when a task raises (or when all are done, if none raises).
import asyncio


async def ok(delay):
    await asyncio.sleep(delay)
    return delay


async def bad(delay):
    await asyncio.sleep(delay)
    raise ValueError("failed after %s" % delay)


async def main():
    tasks = [asyncio.create_task(ok(0.01)), asyncio.create_task(bad(0.1)), asyncio.create_task(ok(0.2))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("done:", len(done), "pending:", len(pending))
    for t in tasks:
        if t in done:
            print(" done:", repr(t.exception()) if t.exception() else t.result())
    for t in pending:
        t.cancel()
    tasks = [asyncio.create_task(ok(0.01)), asyncio.create_task(ok(0.02))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("no exception: done", len(done), "pending", len(pending))


asyncio.run(main())
