# 24 — Done callbacks as lambdas: each task's result printed as it finishes (seed 004).
# args: --virtual-time
# pyco-only: CPython really sleeps 4 s here; this .out is CPython 3.11's
#
# crawl_page now returns its message instead of printing it; a lambda attached
# to each task with add_done_callback prints future.result() the moment that
# task is done, in the order they finish. gather waits for them all.
# (The tutorial shows "Wall time: 4 s" from IPython's %time; the elapsed time
# is printed by the program instead, rounded to 0.1 s.)
import asyncio
import time


async def crawl_page(url):
    print('crawling {}'.format(url))
    sleep_time = int(url.split('_')[-1])
    await asyncio.sleep(sleep_time)
    return 'OK {}'.format(url)


async def main(urls):
    tasks = [asyncio.create_task(crawl_page(url)) for url in urls]
    for task in tasks:
        task.add_done_callback(lambda future: print('result: ', future.result()))
    await asyncio.gather(*tasks)


start = time.perf_counter()
asyncio.run(main(['url_1', 'url_2', 'url_3', 'url_4']))
print('Wall time: {:.1f} s'.format(time.perf_counter() - start))
