# 08 — async/await, but still 10 s: awaiting each page in turn (seed 000; seed 001, 3).
# args: --virtual-time
# pyco-only: CPython really sleeps 10 s here (the suite's 10 s limit); this .out is CPython 3.11's
#
# `async def` makes crawl_page and main coroutine functions: calling them
# gives a coroutine object and runs nothing. asyncio.run(main(...)) starts an
# event loop and runs main in it. But `await crawl_page(url)` is a synchronous
# call: main stops there until that page is done, so the next page does not
# start before. Asynchronous syntax, serial program: still 10 seconds.
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
    for url in urls:
        await crawl_page(url)


star = time.perf_counter()
asyncio.run(main(['url_1', 'url_2', 'url_3', 'url_4']))
print('Wait all time: {:.1f}s'.format(time.perf_counter() - star))
