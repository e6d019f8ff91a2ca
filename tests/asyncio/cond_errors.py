# notify() and wait() without holding the condition's lock are RuntimeErrors; a Condition
# can share a given Lock.
import asyncio


async def main():
    cond = asyncio.Condition()
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    lock = asyncio.Lock()
    shared = asyncio.Condition(lock)
    async with lock:
        print("condition locked through its lock:", shared.locked())
        shared.notify_all()
    print("released:", shared.locked())


asyncio.run(main())
