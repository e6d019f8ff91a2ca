# When main returns, asyncio.run cancels the tasks still pending and lets them clean up.
import asyncio


async def background(name):
    try:
        print(name, "started")
        await asyncio.sleep(10)
        print(name, "not reached")
    except asyncio.CancelledError:
        print(name, "cancelled by asyncio.run")
        raise
    finally:
        print(name, "finally")


async def main():
    asyncio.create_task(background("bg1"))
    asyncio.create_task(background("bg2"))
    await asyncio.sleep(0)
    print("main returns with", len(asyncio.all_tasks()), "tasks alive")
    return 7


print("result:", asyncio.run(main()))
print("done")
