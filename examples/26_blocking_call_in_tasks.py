# 26 — Tasks do not help a blocking call: five requests still take 15 s (seed 002, 4.4).
# args: --virtual-time
# pyco-only: CPython really sleeps 15 s here (the suite's 10 s limit); this .out is CPython 3.11's
#
# The tutorial sends five requests with the blocking `requests` library to a
# local Flask server that answers after 3 s. Each task runs requests.get to
# the end before anything else can run: the tasks take turns, 5 x 3 = 15 s.
# Here a tiny stand-in for `requests` blocks with time.sleep(3), as the call
# to that server would (no network, no third-party library).
# (The tutorial prints the raw float, Cost time: 15.049368143081665; it is
# rounded to 0.1 s here so that it prints the same on every run.)
import asyncio
import time


class Response:
    text = 'Hello!'


class requests:
    """Stands in for the requests library and the tutorial's slow Flask server."""

    @staticmethod
    def get(url):
        time.sleep(3)             # the server answers after 3 s; nothing else runs meanwhile
        return Response()


start = time.time()


async def request():
    url = 'http://127.0.0.1:5000'
    print('Waiting for', url)
    response = requests.get(url)
    print('Get response from', url, 'Result:', response.text)


tasks = [asyncio.ensure_future(request()) for _ in range(5)]
loop = asyncio.get_event_loop()
loop.run_until_complete(asyncio.wait(tasks))

end = time.time()
print('Cost time: {:.1f}'.format(end - start))
