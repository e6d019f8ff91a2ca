# Tasks are named Task-1, Task-2, ... unless create_task(name=...) says otherwise;
# get_name/set_name read and change the name (set_name turns any value into a str).
import asyncio


async def work():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()


async def main():
    print("main is", asyncio.current_task().get_name())
    a = asyncio.create_task(work())
    b = asyncio.create_task(work(), name="downloader")
    c = asyncio.create_task(work())
    print(a.get_name(), b.get_name(), c.get_name())
    c.set_name("renamed")
    a.set_name(42)
    print(repr(a.get_name()), c.get_name())
    print(await a, await b, await c)
    d = asyncio.ensure_future(work())
    print("ensure_future task:", d.get_name(), await d)


asyncio.run(main())
