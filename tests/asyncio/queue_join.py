# join() waits until every item put has been marked with task_done(); task_done() once
# too often is a ValueError.
import asyncio


async def worker(q, log):
    while True:
        item = await q.get()
        await asyncio.sleep(0.01)
        log.append(item)
        q.task_done()


async def main():
    q = asyncio.Queue()
    log = []
    for i in range(5):
        q.put_nowait(i)
    w = asyncio.create_task(worker(q, log))
    await q.join()
    print("joined, processed:", log)
    w.cancel()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    await q.join()
    print("join on a finished queue returns at once")


asyncio.run(main())
