# 07 — The serial crawler: four pages one after another take 10 s (seed 000; seed 001, 1).
# args: --virtual-time
# pyco-only: CPython really sleeps 10 s here (the suite's 10 s limit); this .out is CPython 3.11's
#
# Where the lesson on asyncio starts: a crawler whose crawl_page is simplified
# to "sleep for as many seconds as the number at the end of the url". Run one
# after another, url_1 .. url_4 take 1 + 2 + 3 + 4 = 10 seconds. Nothing else
# can happen while time.sleep waits.
# (Run it with --virtual-time, as the test suite does, and the 10 s pass on a
# simulated clock at once: the printed time is still 10.0 s.)
# The tutorial prints the time with {:.2f}; CPython's sleeps overrun by about a
# millisecond each, so here it is rounded to 0.1 s, which prints the same under
# CPython and under pyco's exact virtual clock.
import time


def crawl_page(url):
    print('crawling {}'.format(url))
    sleep_time = int(url.split('_')[-1])
    time.sleep(sleep_time)
    print('OK {}'.format(url))


def main(urls):
    for url in urls:
        crawl_page(url)


star = time.perf_counter()
main(['url_1', 'url_2', 'url_3', 'url_4'])
print('Wait all time: {:.1f}s'.format(time.perf_counter() - star))
