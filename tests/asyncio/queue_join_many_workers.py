# Three workers share a queue of jobs of different lengths; join waits for all of them.
import asyncio


async def worker(name, q, log):
    while True:
        job = await q.get()
        await asyncio.sleep(job / 50)
        log.append((name, job))
        q.task_done()


async def main():
    q = asyncio.Queue()
    for job in (5, 1, 4, 2, 3):
        q.put_nowait(job)
    log = []
    workers = [asyncio.create_task(worker("w%d" % i, q, log)) for i in range(3)]
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print("jobs done:", len(log), sorted(j for _, j in log))
    print("every worker worked:", sorted(set(name for name, _ in log)))


asyncio.run(main())
