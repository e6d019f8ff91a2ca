# 31 — The same with Python 3.7's asyncio.run(main()) (seed 002, 4.8).
# args: --virtual-time
# pyco-only: CPython really sleeps 7 s here; this .out is CPython 3.11's
#
# asyncio.run creates a new event loop, runs main() in it until it is done,
# and closes the loop: no get_event_loop, no run_until_complete. The output is
# the same as 30's. (Adapted as in 30: seeded random, time since the start.)
import asyncio
import random
import time

random.seed(4)
START = time.time()


def since_start():
    s = round(time.time() - START)
    return '%02d:%02d:%02d' % (s // 3600, s // 60 % 60, s % 60)


async def wait_and_echo(content):
    wait = random.randint(0, 10)
    print(f'print {content} after {wait} seconds')
    await asyncio.sleep(wait)
    print(f'{content} printed at {since_start()}')


async def main():
    await asyncio.gather(*[wait_and_echo(x) for x in range(10)])

asyncio.run(main())
