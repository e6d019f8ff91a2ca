# 29 — An asynchronous client: five requests in 3 s, a hundred in 3 s too (seed 002, 4.5).
# args: --virtual-time
# pyco-only: CPython really sleeps 6 s here; this .out is CPython 3.11's
#
# With an asynchronous HTTP client (the tutorial uses aiohttp), each task
# suspends at `await session.get(url)` while its request is in flight, and the
# loop starts the next task: all five requests wait for the server together,
# and the whole takes 3 s instead of 15. The tutorial then raises the count to
# 100 tasks: still about 3 s (here the 100 tasks print only the count).
# aiohttp is replaced by a tiny stand-in whose get() awaits asyncio.sleep(3),
# the time the tutorial's server takes to answer (no network, no third-party
# library). (The tutorial prints the raw float; rounded to 0.1 s here.)
import asyncio
import time


class ClientResponse:
    async def text(self):
        return 'Hello!'


class ClientSession:
    """Stands in for aiohttp.ClientSession talking to the tutorial's slow server."""

    async def get(self, url):
        await asyncio.sleep(3)    # the server answers after 3 s; other tasks run meanwhile
        return ClientResponse()

    def close(self):
        pass


class aiohttp:
    ClientSession = ClientSession


async def get(url):
    session = aiohttp.ClientSession()
    response = await session.get(url)
    result = await response.text()
    session.close()
    return result


async def request(verbose):
    url = 'http://127.0.0.1:5000'
    if verbose:
        print('Waiting for', url)
    result = await get(url)
    if verbose:
        print('Get response from', url, 'Result:', result)
    return result


for count in (5, 100):
    start = time.time()
    tasks = [asyncio.ensure_future(request(count == 5)) for _ in range(count)]
    loop = asyncio.get_event_loop()
    loop.run_until_complete(asyncio.wait(tasks))
    end = time.time()
    print('{} tasks, {} answers'.format(count, sum(t.result() == 'Hello!' for t in tasks)))
    print('Cost time: {:.1f}'.format(end - start))
