# 20 — Many tasks at once: loop.run_until_complete(asyncio.wait(tasks)) (seed 002, 4.3).
# args: --virtual-time
#
# Five tasks made with ensure_future, handed together to asyncio.wait, which
# waits until all are done (it returns the sets of done and pending tasks);
# then each task's result is read. (Network replaced by asyncio.sleep and a
# Response class, as in 18; task reprs cut to the file's base name, as in 16.)
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


tasks = [asyncio.ensure_future(request()) for _ in range(5)]
print('Tasks:', '[' + ', '.join(show(task) for task in tasks) + ']')

loop = asyncio.get_event_loop()
loop.run_until_complete(asyncio.wait(tasks))

for task in tasks:
    print('Task Result:', task.result())
