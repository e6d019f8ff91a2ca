# 19 — No callback needed: ask the finished task for its result (seed 002, 4.2).
# args: --virtual-time
#
# Once run_until_complete has returned, the task is finished and
# task.result() is the coroutine's return value. (The network is replaced by
# asyncio.sleep and a Response class, as in 18.)
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


coroutine = request()
task = asyncio.ensure_future(coroutine)
print('Task:', show(task))

loop = asyncio.get_event_loop()
loop.run_until_complete(task)
print('Task:', show(task))
print('Task Result:', task.result())
