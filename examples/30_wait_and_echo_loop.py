# 30 — Before Python 3.7: get_event_loop() and run_until_complete(gather(...)) (seed 002, 4.8).
# args: --virtual-time
# pyco-only: CPython really sleeps 7 s here; this .out is CPython 3.11's
#
# Ten coroutines each wait a random number of seconds (0–10) and then print;
# gathered into one future, they all wait at the same time, so the lines come
# out in order of their waits, and the whole takes as long as the longest one.
# Adapted: random is seeded so every run draws the same waits, and instead of
# the wall-clock time (datetime.datetime.utcnow(), different on every run)
# each line shows the time since the start, as HH:MM:SS.
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

loop = asyncio.get_event_loop()
tasks = [wait_and_echo(x) for x in range(10)]
loop.run_until_complete(asyncio.gather(*tasks))
