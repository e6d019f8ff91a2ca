# FIRST_COMPLETED returns as soon as one task is done; the others keep running.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in (("slow", 0.2), ("fast", 0.01), ("mid", 0.1))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done:", [t.result() for t in done])
    print("pending:", len(pending), "none of them cancelled:", not any(t.cancelled() for t in pending))
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print("next done:", [t.result() for t in done], "still pending:", len(pending))
    await asyncio.wait(pending)
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)


asyncio.run(main())
