# 18 — add_done_callback: run a function when the task is done (seed 002, 4.2).
# args: --virtual-time
#
# The callback receives the task itself, so task.result() gives the
# coroutine's return value. While the task is pending its repr lists the
# callbacks waiting for it (cb=[...]).
# The tutorial's request() fetches https://www.baidu.com with the requests
# library; here the network is replaced by asyncio.sleep(0.1) and the
# response by a small Response class that prints like requests' one.
# (Task reprs: file name cut to its base name, as in 16.)
import asyncio
import os


def show(task):
    return repr(task).replace(__file__, os.path.basename(__file__))


class Response:
    def __init__(self, status):
        self.status_code = status

    def __repr__(self):
        return '<Response [{}]>'.format(self.status_code)


async def request():
    url = 'https://www.baidu.com'
    await asyncio.sleep(0.1)          # stands in for requests.get(url)
    status = Response(200)
    return status


def callback(task):
    print('Status:', task.result())


coroutine = request()
task = asyncio.ensure_future(coroutine)
task.add_done_callback(callback)
print('Task:', show(task))

loop = asyncio.get_event_loop()
loop.run_until_complete(task)
print('Task:', show(task))
