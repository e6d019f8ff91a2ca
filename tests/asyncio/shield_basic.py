# shield(aw) waits for aw like a plain await when nobody cancels.
import asyncio


async def important():
    await asyncio.sleep(0.01)
    return "saved"


async def main():
    print(await asyncio.shield(important()))
    t = asyncio.create_task(important())
    print(await asyncio.shield(t))
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("done future")
    print(asyncio.shield(fut) is fut)


asyncio.run(main())
