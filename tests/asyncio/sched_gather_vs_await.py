# args: --virtual-time
# pyco-only: under CPython the sleeps are real and stretch on a busy machine; the .out is
# CPython 3.11's (made with python3 on a quiet machine: regen.sh skips pyco-only tests)
# Awaiting coroutines one by one takes the sum of their times; create_task/gather takes
# the longest (the seed's 10 s vs 4 s crawler, with url_N sleeping N units of 0.02 s).
import asyncio
import time

UNIT = 0.02


def units(seconds):
    # Whole units, counting up to 0.7 unit of lateness as on time: CPython's real sleeps
    # overrun a little (more on a busy machine); the virtual clock does not.
    return int(seconds / UNIT + 0.3)


async def crawl_page(url):
    print('crawling {}'.format(url))
    await asyncio.sleep(int(url.split('_')[-1]) * UNIT)
    print('OK {}'.format(url))


async def serial(urls):
    for url in urls:
        await crawl_page(url)


async def concurrent(urls):
    await asyncio.gather(*[asyncio.create_task(crawl_page(url)) for url in urls])


async def main(runner, urls):
    loop = asyncio.get_running_loop()
    start = loop.time()
    await runner(urls)
    print('{}: {} units'.format(runner.__name__, units(loop.time() - start)))


urls = ['url_1', 'url_2', 'url_3', 'url_4']
asyncio.run(main(serial, urls))
asyncio.run(main(concurrent, urls))
