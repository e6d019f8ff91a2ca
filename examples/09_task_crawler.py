# 09 — Tasks: the four pages crawl at the same time, 4 s (seed 000; seed 001, 4).
# args: --virtual-time
# pyco-only: CPython really sleeps 4 s here; this .out is CPython 3.11's
#
# asyncio.create_task wraps each coroutine in a Task and schedules it: it
# starts as soon as main gives the loop a chance (at its first await) and main
# does not wait for it. All four tasks start, all four sleep at the same time,
# and `for task in tasks: await task` only waits for them to finish. The total
# is the longest crawl, 4 s, instead of the sum.
# The tutorial prints the time with {:.2f}; CPython's sleeps overrun by about a
# millisecond each, so here it is rounded to 0.1 s, which prints the same under
# CPython and under pyco's exact virtual clock.
import time
import asyncio


async def crawl_page(url):
    print('crawling {}'.format(url))
    sleep_time = int(url.split('_')[-1])
    await asyncio.sleep(sleep_time)
    print('OK {}'.format(url))


async def main(urls):
    tasks = [asyncio.create_task(crawl_page(url)) for url in urls]
    for task in tasks:
        await task


star = time.perf_counter()
asyncio.run(main(['url_1', 'url_2', 'url_3', 'url_4']))
print('Wait all time: {:.1f}s'.format(time.perf_counter() - star))
