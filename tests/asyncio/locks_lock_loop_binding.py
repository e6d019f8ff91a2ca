# A Lock binds itself to the event loop that first parks a task on it; using
# it from another loop then fails. A lock made outside any loop is fine.
import asyncio

lock = asyncio.Lock()  # made before any loop exists


async def hold_and_wait():
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    lock.release()
    await waiter
    print("first loop: waiter got it;", lock.locked())
    lock.release()


async def wait_in_other_loop():
    await lock.acquire()  # free: taking it needs no loop
    try:
        await lock.acquire()  # must park on a Future of this other loop
    except RuntimeError as error:
        message = str(error)
        print("RuntimeError:", message[message.index("[") :])
    lock.release()


asyncio.run(hold_and_wait())
asyncio.run(wait_in_other_loop())
print(lock.locked())
