# A barrier of 2 shared by 5 tasks: tasks pass in pairs. A task that arrives
# while a round is draining waits for the next round; a cancelled waiter
# leaves the barrier without counting.
import asyncio


async def walker(name, barrier, log):
    try:
        index = await barrier.wait()
        log.append(f"{name}:{index}")
    except asyncio.CancelledError:
        log.append(name + " cancelled")
        raise


async def main():
    barrier = asyncio.Barrier(2)
    log = []
    tasks = [asyncio.create_task(walker(name, barrier, log)) for name in "abcde"]
    for _ in range(6):
        await asyncio.sleep(0)
    print(log, "waiting:", barrier.n_waiting)
    tasks[-1].cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log, "waiting:", barrier.n_waiting)
    late = asyncio.create_task(walker("f", barrier, log))
    other = asyncio.create_task(walker("g", barrier, log))
    await asyncio.gather(late, other)
    print(log, "waiting:", barrier.n_waiting)


asyncio.run(main())
