# A task that failed and whose exception nobody asked for is reported on stderr, in
# CPython's words, when the program lets go of it; a retrieved one is not.
import asyncio


async def boom():
    raise ValueError("boom")


async def quiet():
    raise KeyError("retrieved")


async def main():
    asyncio.create_task(boom())
    t = asyncio.create_task(quiet())
    await asyncio.sleep(0.01)
    print("quiet task's exception:", repr(t.exception()))
    print("main done")


asyncio.run(main())
print("after run")
