# abort() breaks a barrier: the tasks waiting at it get BrokenBarrierError
# ("Abort or reset of barrier"), and so does every later wait() ("Barrier
# aborted") — until reset() makes it usable again.
import asyncio


def show(barrier):
    # the repr without its address
    text = repr(barrier)
    return text[:text.index(" at 0x")] + text[text.index(" ["):]


async def waiter(name, barrier):
    try:
        index = await barrier.wait()
        print(name, "passed with", index)
    except asyncio.BrokenBarrierError as error:
        print(name, "got", type(error).__name__, repr(str(error)))


async def main():
    barrier = asyncio.Barrier(3)
    tasks = [asyncio.create_task(waiter(name, barrier)) for name in "ab"]
    await asyncio.sleep(0)
    print(show(barrier))
    await barrier.abort()
    print("aborted:", barrier.broken, show(barrier), "n_waiting:", barrier.n_waiting)
    await asyncio.gather(*tasks)
    await waiter("late", barrier)
    await barrier.abort()
    print("aborted twice:", show(barrier))
    await barrier.reset()
    print("reset:", barrier.broken, show(barrier))
    await asyncio.gather(*(waiter(name, barrier) for name in "xyz"))
    print(show(barrier))


asyncio.run(main())
