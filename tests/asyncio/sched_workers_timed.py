# args: --virtual-time
# pyco-only: under CPython the sleeps are real and stretch on a busy machine; the .out is
# CPython 3.11's (made with python3 on a quiet machine: regen.sh skips pyco-only tests)
# A pool of three workers processing jobs of different lengths from a queue; the log
# shows which worker takes which job when. Times are in ticks of 0.02 s on the loop's
# clock.
import asyncio

TICK = 0.02


def ticks(seconds):
    # Whole ticks, counting up to 0.7 tick of lateness as on time: CPython's real sleeps
    # overrun a little (more on a busy machine); the virtual clock does not.
    return int(seconds / TICK + 0.3)


async def worker(name, q, t0, loop):
    while True:
        job, cost = await q.get()
        print("t=%d %s starts %s" % (ticks(loop.time() - t0), name, job))
        await asyncio.sleep(cost * TICK)
        print("t=%d %s done %s" % (ticks(loop.time() - t0), name, job))
        q.task_done()


async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()
    for i, cost in enumerate((6, 2, 5, 2, 3)):
        q.put_nowait(("job%d" % i, cost))
    t0 = loop.time()
    workers = [asyncio.create_task(worker("w%d" % i, q, t0, loop)) for i in range(3)]
    await q.join()
    for w in workers:
        w.cancel()
    print("all done at t=%d" % ticks(loop.time() - t0))


asyncio.run(main())
