# 10 — asyncio.gather waits for all the tasks at once, 4 s (seed 000).
# args: --virtual-time
# pyco-only: CPython really sleeps 4 s here; this .out is CPython 3.11's
#
# Instead of awaiting the tasks one by one, `await asyncio.gather(*tasks)`
# waits for all of them (and returns their results in order). *tasks unpacks
# the list into separate arguments, as **d would unpack a dict into keyword
# arguments.
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
    # for task in tasks:
    #     await task
    await asyncio.gather(*tasks)


star = time.perf_counter()
asyncio.run(main(['url_1', 'url_2', 'url_3', 'url_4']))
print('Wait all time: {:.1f}s'.format(time.perf_counter() - star))
