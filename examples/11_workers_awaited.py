# 11 — Two workers awaited directly run one after the other: 3 s (seed 000, "协程运行时").
# args: --virtual-time
# pyco-only: CPython really sleeps 3 s here; this .out is CPython 3.11's
#
# main awaits worker_1() and then worker_2(): each await runs the worker to
# its end before the next line, so worker_2 only starts once worker_1 is
# done. 1 s + 2 s = 3 s. Compare with the next example.
# The tutorial prints the time with {:.2f}; CPython's sleeps overrun by about a
# millisecond each, so here it is rounded to 0.1 s, which prints the same under
# CPython and under pyco's exact virtual clock.
import time
import asyncio


async def worker_1():
    print('worker_1 start')
    await asyncio.sleep(1)
    print('worker_1 done')


async def worker_2():
    print('worker_2 start')
    await asyncio.sleep(2)
    print('worker_2 done')


async def main():
    print('before await')
    await worker_1()
    print('awaited worker_1')
    await worker_2()
    print('awaited worker_2')


star = time.perf_counter()
asyncio.run(main())
print('Wait all time: {:.1f}s'.format(time.perf_counter() - star))
