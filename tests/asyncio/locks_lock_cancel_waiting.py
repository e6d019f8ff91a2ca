# Cancelling a task parked in Lock.acquire(): it leaves the queue, the
# others keep their places and the lock still works.
import asyncio


def show(primitive):
    text = repr(primitive)
    return text[: text.index(" object at ")] + text[text.index(" [") :]


async def worker(name, lock):
    try:
        async with lock:
            print(name, "got the lock")
    except asyncio.CancelledError:
        print(name, "cancelled while waiting; lock locked:", lock.locked())
        raise


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    tasks = {name: asyncio.create_task(worker(name, lock)) for name in "abc"}
    await asyncio.sleep(0)
    print(show(lock))
    tasks["b"].cancel()
    await asyncio.sleep(0)
    print(show(lock), tasks["b"].cancelled())
    lock.release()
    await asyncio.gather(tasks["a"], tasks["c"])
    print(show(lock))
    print([(name, task.cancelled()) for name, task in tasks.items()])


asyncio.run(main())
