# reset() while tasks wait: they leave with BrokenBarrierError; the barrier
# stays "resetting" (closed to newcomers) until the last of them has left,
# then it is "filling" again and works as new.
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
        print(name, "got BrokenBarrierError:", error, "-", show(barrier))


async def main():
    barrier = asyncio.Barrier(3)
    await barrier.reset()
    print("reset when empty:", show(barrier))
    first = [asyncio.create_task(waiter(name, barrier)) for name in ("a", "b")]
    await asyncio.sleep(0)
    await barrier.reset()
    print("after reset():", show(barrier))
    newcomer = asyncio.create_task(waiter("newcomer", barrier))
    await asyncio.gather(*first)
    print("after the waiters left:", show(barrier))
    others = [asyncio.create_task(waiter(name, barrier)) for name in ("c", "d")]
    await asyncio.gather(newcomer, *others)
    print(show(barrier))


asyncio.run(main())
