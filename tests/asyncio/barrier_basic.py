# asyncio.Barrier(parties): each task that calls wait() stops until
# [parties] tasks are waiting; then all go on, each with its arrival index.
# The barrier can be used again for the next round.
import asyncio


def show(barrier):
    # the repr without its address
    text = repr(barrier)
    return text[:text.index(" at 0x")] + text[text.index(" ["):]


async def worker(name, barrier, delay):
    await asyncio.sleep(delay)
    print(name, "arrives; waiting:", barrier.n_waiting)
    index = await barrier.wait()
    print(name, "passes with index", index, "-", show(barrier))
    return index


async def main():
    barrier = asyncio.Barrier(3)
    print(show(barrier), "parties:", barrier.parties, "broken:", barrier.broken)
    for round_number in (1, 2):
        print("round", round_number)
        results = await asyncio.gather(
            worker("a", barrier, 0.03), worker("b", barrier, 0.01), worker("c", barrier, 0.02))
        print("indices:", results, "-", show(barrier))
    single = asyncio.Barrier(1)
    print("a barrier of one:", await single.wait(), await single.wait())


asyncio.run(main())
