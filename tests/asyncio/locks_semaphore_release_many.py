# Several releases in a row wake as many waiters, in order; a newcomer cannot
# overtake tasks that are already queued.
import asyncio


def show(primitive):
    text = repr(primitive)
    return text[: text.index(" object at ")] + text[text.index(" [") :]


async def main():
    sem = asyncio.Semaphore(0)
    log = []

    async def worker(name):
        await sem.acquire()
        log.append(name)

    tasks = [asyncio.create_task(worker(f"w{i}")) for i in range(3)]
    await asyncio.sleep(0)
    sem.release()
    sem.release()
    print(show(sem), sem.locked())
    newcomer = asyncio.create_task(worker("newcomer"))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log, show(sem))
    sem.release()
    sem.release()
    await asyncio.gather(*tasks, newcomer)
    print(log, show(sem))


asyncio.run(main())
