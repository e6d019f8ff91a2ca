# 28 — Wrapping the blocking call in an async def does not help either: still 15 s (seed 002, 4.4).
# args: --virtual-time
# pyco-only: CPython really sleeps 15 s here (the suite's 10 s limit); this .out is CPython 3.11's
#
# `async def get(url): return requests.get(url)` makes an awaitable, so the
# TypeError of 27 is gone, but the coroutine never suspends: the blocking call
# inside still holds the whole loop for 3 s each time. To overlap the waits the
# waiting itself must be asynchronous (the next example).
# (requests replaced by a blocking stand-in as in 26; time rounded to 0.1 s.)
import asyncio
import time


class Response:
    text = 'Hello!'


class requests:
    """Stands in for the requests library and the tutorial's slow Flask server."""

    @staticmethod
    def get(url):
        time.sleep(3)
        return Response()


start = time.time()


async def get(url):
    return requests.get(url)


async def request():
    url = 'http://127.0.0.1:5000'
    print('Waiting for', url)
    response = await get(url)
    print('Get response from', url, 'Result:', response.text)


tasks = [asyncio.ensure_future(request()) for _ in range(5)]
loop = asyncio.get_event_loop()
loop.run_until_complete(asyncio.wait(tasks))

end = time.time()
print('Cost time: {:.1f}'.format(end - start))
