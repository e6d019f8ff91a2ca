# 32 — Downloading twelve sites at once with tasks and gather (seed 001, 8).
# args: --virtual-time
# pyco-only: CPython really sleeps 1.2 s here; this .out is CPython 3.11's
#
# download_all makes one task per site and gathers them; each download_one
# suspends while its response is on the way, so the total is about the
# slowest site, not the sum. asyncio.run(download_all(sites)) is the root
# call: it starts the loop, runs everything, and closes the loop.
# The tutorial downloads real sites with aiohttp; here a stand-in session
# waits with asyncio.sleep for a made-up time per site and reports a made-up
# content length (no network, no third-party library). The lines come out in
# the order the downloads finish. (The tutorial prints the raw float; rounded
# to 0.1 s here.)
import asyncio
import time

# made-up (seconds to answer, content length) for each site
FAKE_WEB = {
    'https://www.baidu.com/': (0.3, 2443),
    'https://pypi.org/': (0.9, 4373),
    'https://www.sina.com.cn/': (1.2, 129780),
    'https://www.163.com/': (0.5, 98452),
    'https://news.qq.com/': (0.8, 61342),
    'http://www.ifeng.com/': (1.1, 187353),
    'http://www.ce.cn/': (0.6, 24512),
    'https://news.baidu.com/': (0.4, 88201),
    'http://www.people.com.cn/': (1.0, 113458),
    'https://news.163.com/': (0.7, 102374),
    'http://news.sohu.com/': (0.2, 157732),
}


class Response:
    def __init__(self, content_length):
        self.content_length = content_length

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False


class ClientSession:
    """Stands in for aiohttp.ClientSession: `async with session.get(url) as resp`."""

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False

    def get(self, url):
        return Request(url)


class Request:
    def __init__(self, url):
        self.url = url

    async def __aenter__(self):
        delay, length = FAKE_WEB[self.url]
        await asyncio.sleep(delay)     # the response is on its way
        return Response(length)

    async def __aexit__(self, *exc):
        return False


class aiohttp:
    ClientSession = ClientSession


async def download_one(url):
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as resp:
            print('Read {} from {}'.format(resp.content_length, url))


async def download_all(sites):
    tasks = [asyncio.create_task(download_one(site)) for site in sites]
    await asyncio.gather(*tasks)


def main():
    sites = [
            'https://www.baidu.com/',
            'https://pypi.org/',
            'https://www.sina.com.cn/',
            'https://www.163.com/',
            'https://news.qq.com/',
            'http://www.ifeng.com/',
            'http://www.ce.cn/',
            'https://news.baidu.com/',
            'http://www.people.com.cn/',
            'http://www.ce.cn/',
            'https://news.163.com/',
            'http://news.sohu.com/'
            ]

    start_time = time.perf_counter()
    asyncio.run(download_all(sites))
    end_time = time.perf_counter()
    print('Download {} sites in {:.1f} seconds'.format(len(sites), end_time - start_time))


if __name__ == '__main__':
    main()
