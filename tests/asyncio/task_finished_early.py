# A task that finishes before anyone awaits it keeps its result; await returns it at once.
import asyncio


async def quick():
    print("quick runs")
    return "ready"


async def main():
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print("before await, done:", t.done())
    print("await:", await t)


asyncio.run(main())
