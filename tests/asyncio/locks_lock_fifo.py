# asyncio.Lock hands itself to waiting tasks in the order they asked.
import asyncio

order = []


def show(primitive):
    text = repr(primitive)
    return text[: text.index(" object at ")] + text[text.index(" [") :]


async def worker(name, lock):
    print(name, "wants the lock")
    async with lock:
        order.append(name)
        print(name, "has the lock;", show(lock))
        await asyncio.sleep(0)
        await asyncio.sleep(0)
    print(name, "released it")


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    tasks = [asyncio.create_task(worker(f"w{i}", lock)) for i in range(5)]
    await asyncio.sleep(0)
    print("main holds it;", show(lock))
    lock.release()
    print("released by main; locked() is", lock.locked(), "until w0 runs")
    await asyncio.gather(*tasks)
    print(order, show(lock))


asyncio.run(main())
