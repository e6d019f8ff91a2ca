# as_completed over futures completed by callbacks, and over already-finished tasks.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    futs = [loop.create_future() for _ in range(3)]
    loop.call_soon(futs[2].set_result, "third")
    loop.call_later(0.01, futs[0].set_result, "first")
    loop.call_later(0.02, futs[1].set_result, "second")
    print([await f for f in asyncio.as_completed(futs)])
    done = [asyncio.create_task(asyncio.sleep(0, result=i)) for i in range(3)]
    await asyncio.sleep(0)
    print(sorted([await f for f in asyncio.as_completed(done)]))


asyncio.run(main())
