# as_completed(timeout=...): awaiting the next one raises TimeoutError once time is up.
import asyncio


async def job(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    tasks = [asyncio.create_task(job(d)) for d in (0, 0.2)]
    try:
        for nxt in asyncio.as_completed(tasks, timeout=0.05):
            print("got", await nxt)
    except asyncio.TimeoutError:
        print("TimeoutError; slow task still running:", not tasks[1].done())
    tasks[1].cancel()


asyncio.run(main())
