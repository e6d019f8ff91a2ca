# When several children fail, gather raises the first failure (in time); the later ones
# are kept in their tasks.
import asyncio


async def fail_after(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def main():
    early = asyncio.create_task(fail_after(0.01, KeyError("early")))
    late = asyncio.create_task(fail_after(0.03, IndexError("late")))
    try:
        await asyncio.gather(late, early)
    except Exception as e:
        print("gather raised", repr(e))
    await asyncio.sleep(0.05)
    print("late task holds", repr(late.exception()))


asyncio.run(main())
