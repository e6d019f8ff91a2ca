# asyncio.Condition: wait() releases the lock and parks; notify() wakes one
# waiter, which retakes the lock before wait() returns.
import asyncio


def show(primitive):
    text = repr(primitive)
    return text[: text.index(" object at ")] + text[text.index(" [") :]


async def consumer(name, cond, items):
    async with cond:
        while not items:
            print(name, "waits")
            result = await cond.wait()
            print(name, "woke:", result, "holding lock:", cond.locked())
        print(name, "took", items.pop(0))


async def main():
    cond = asyncio.Condition()
    items = []
    print(show(cond))
    tasks = [asyncio.create_task(consumer(f"c{i}", cond, items)) for i in range(3)]
    await asyncio.sleep(0)
    print(show(cond))
    async with cond:
        items.append("apple")
        cond.notify()
        print("notified one:", show(cond))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    async with cond:
        items.extend(["pear", "plum"])
        cond.notify_all()
    await asyncio.gather(*tasks)
    print(show(cond), items)


asyncio.run(main())
