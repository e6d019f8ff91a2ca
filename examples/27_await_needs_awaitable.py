# 27 — `await requests.get(url)` fails: a Response is not awaitable (seed 002, 4.4).
# args: --virtual-time
# pyco-only: CPython really sleeps 15 s here (the suite's 10 s limit); this .out is CPython 3.11's
#
# Putting `await` in front of a blocking call does not make it asynchronous:
# the call still blocks for 3 s, then await gets a Response object, which is
# not a coroutine, a Future, nor anything with __await__, so each task fails
# with "TypeError: object Response can't be used in 'await' expression".
# The tutorial lets the failed tasks go, and at exit Python reports each one
# on stderr ("Task exception was never retrieved", see
# tests/asyncio/task_never_retrieved.py); here the program asks each task for
# its exception instead, so the errors are printed in order.
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


async def request():
    url = 'http://127.0.0.1:5000'
    print('Waiting for', url)
    response = await requests.get(url)
    print('Get response from', url, 'Result:', response.text)


tasks = [asyncio.ensure_future(request()) for _ in range(5)]
loop = asyncio.get_event_loop()
loop.run_until_complete(asyncio.wait(tasks))

end = time.time()
print('Cost time: {:.1f}'.format(end - start))
for task in tasks:
    print('Task exception:', repr(task.exception()))
