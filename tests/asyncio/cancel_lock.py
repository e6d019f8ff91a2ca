# Cancelling a task waiting for a Lock: CancelledError in acquire(); the lock goes to the
# next waiter instead.
import asyncio


async def user(name, lock):
    try:
        async with lock:
            print(name, "has the lock")
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        print(name, "cancelled while waiting for the lock")
        raise


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(user("a", lock))
    b = asyncio.create_task(user("b", lock))
    await asyncio.sleep(0)
    a.cancel()
    await asyncio.sleep(0)
    print("main releases")
    lock.release()
    await b
    print("a cancelled:", a.cancelled(), "lock free:", not lock.locked())


asyncio.run(main())
