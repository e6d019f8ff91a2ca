# An abandoned async generator that becomes unreachable is handed to the
# loop's finalizer hook, which schedules its aclose() as a new task: the
# finally block runs in that task a loop iteration later. (CPython does it
# when the last reference goes; pyco at its next collection — gc.collect().)
import asyncio
import gc


async def numbers(name):
    try:
        for i in range(10):
            yield i
    finally:
        print(" ", name, "finally: running in", asyncio.current_task().get_name())
        await asyncio.sleep(0)
        print(" ", name, "finally done")


async def main():
    g = numbers("g")
    async for n in g:
        print("got", n)
        if n == 1:
            break
    print("tasks before:", len(asyncio.all_tasks()))
    del g
    gc.collect()
    print("deleted")
    for step in range(4):
        await asyncio.sleep(0)
        print("step", step, "tasks:", len(asyncio.all_tasks()))
    h = numbers("h")
    print("h:", await h.__anext__())
    h = None
    gc.collect()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("main returns")


asyncio.run(main())
print("end")
