# One set() wakes every waiter, in the order they began waiting.
import asyncio


async def waiter(name, ev):
    await ev.wait()
    print(name, "woke")


async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter("w%d" % i, ev)) for i in range(5)]
    await asyncio.sleep(0)
    print("set")
    ev.set()
    ev.clear()
    print("cleared right away; the waiters still wake")
    await asyncio.gather(*tasks)


asyncio.run(main())
