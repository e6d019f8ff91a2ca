# pyco-only: CPython 3.11 removed @asyncio.coroutine; pyco keeps it for the
# Python 3.4 tutorials. Expected output from CPython 3.10 (-W ignore).
# The 3.4 way to run coroutines: an explicit loop, run_until_complete,
# create_task and asyncio.wait.
import asyncio


@asyncio.coroutine
def do_some_work(x):
    print("Waiting:", x)
    yield from asyncio.sleep(x / 100)
    return "Done after {}s".format(x)


loop = asyncio.get_event_loop()  # the 3.4 way: makes the loop and sets it
print(loop.run_until_complete(do_some_work(1)))
task = loop.create_task(do_some_work(2))
print(isinstance(task, asyncio.Task), task._state)
loop.run_until_complete(task)
print(task._state, task.result())
tasks = [asyncio.ensure_future(do_some_work(n), loop=loop) for n in (3, 1, 2)]
done, pending = loop.run_until_complete(asyncio.wait(tasks))
print(len(done), len(pending))
for task in tasks:
    print("Task ret:", task.result())
print(loop.run_until_complete(asyncio.gather(*[do_some_work(n) for n in (2, 1)])))
loop.close()
