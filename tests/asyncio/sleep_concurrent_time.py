# args: --virtual-time
# pyco-only: under CPython the sleeps are real and stretch on a busy machine; the .out is
# CPython 3.11's (made with python3 on a quiet machine: regen.sh skips pyco-only tests)
# Sleeps in different tasks overlap: total time is the longest, not the sum.
# (Times are printed in units of 0.04 s.)
import asyncio
import time

UNIT = 0.04


def units(seconds):
    # Whole units, counting up to 0.7 unit of lateness as on time: CPython's real sleeps
    # overrun a little (more on a busy machine); the virtual clock does not.
    return int(seconds / UNIT + 0.3)


async def nap(n):
    await asyncio.sleep(n * UNIT)


async def main():
    start = time.perf_counter()
    for n in (1, 1, 1):
        await nap(n)
    print("one after another:", units(time.perf_counter() - start), "units")
    start = time.perf_counter()
    await asyncio.gather(nap(1), nap(2), nap(1))
    print("concurrently:", units(time.perf_counter() - start), "units")


asyncio.run(main())
