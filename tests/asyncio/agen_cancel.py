# A task iterating an async generator is cancelled while the generator awaits: the
# generator's finally runs, then the task is cancelled.
import asyncio

two_read = None


async def stream():
    try:
        i = 0
        while True:
            await asyncio.sleep(0.01)
            yield i
            i += 1
    finally:
        print("stream finally")


async def reader():
    async for v in stream():
        print("read", v)
        if v == 1:
            two_read.set()


async def main():
    global two_read
    two_read = asyncio.Event()
    t = asyncio.create_task(reader())
    await two_read.wait()          # the reader is now inside stream(), sleeping
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("reader cancelled:", t.cancelled())


asyncio.run(main())
