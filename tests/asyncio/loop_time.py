# args: --virtual-time
# pyco-only: under CPython the sleeps are real and stretch on a busy machine; the .out is
# CPython 3.11's (made with python3 on a quiet machine: regen.sh skips pyco-only tests)
# loop.time() is the loop's clock: a sleep advances it by (at least) the delay.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(0.1)
    t1 = loop.time()
    print("slept about %.1f s" % (t1 - t0))
    await asyncio.gather(asyncio.sleep(0.05), asyncio.sleep(0.1))
    print("gather of 0.05 and 0.1 took about %.1f s" % (loop.time() - t1))
    print(type(t0).__name__, t1 > t0)


asyncio.run(main())
