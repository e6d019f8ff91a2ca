# Futures completed by timers: the one due first wakes its waiter first.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    slow = loop.create_future()
    fast = loop.create_future()
    loop.call_later(0.05, slow.set_result, "slow")
    loop.call_later(0.01, fast.set_result, "fast")

    async def wait(f):
        v = await f
        print("woke:", v)
        return v

    print(await asyncio.gather(wait(slow), wait(fast)))


asyncio.run(main())
