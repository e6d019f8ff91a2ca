# A lock released with waiters goes to the first waiter; a task that tries to acquire in
# between must wait its turn.
import asyncio


async def holder(lock):
    async with lock:
        print("holder has it")
        await asyncio.sleep(0.01)
    print("holder released")


async def waiter(name, lock):
    await lock.acquire()
    print(name, "acquired")
    lock.release()


async def main():
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    w1 = asyncio.create_task(waiter("w1", lock))
    await asyncio.sleep(0)
    await h
    print("main tries, locked:", lock.locked())
    await waiter("main", lock)
    await w1


asyncio.run(main())
