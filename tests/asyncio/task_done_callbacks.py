# add_done_callback: callbacks get the task, run in the order they were added, and only
# after the task is done (through the loop, never inside add_done_callback itself).
import asyncio
import functools


def report(label, task):
    print("callback", label, task.get_name(), task.result())


async def work():
    await asyncio.sleep(0)
    print("work finishing")
    return 99


async def main():
    t = asyncio.create_task(work(), name="worker")
    t.add_done_callback(functools.partial(report, "first"))
    t.add_done_callback(functools.partial(report, "second"))
    t.add_done_callback(lambda task: print("lambda sees done:", task.done()))
    await t
    print("main after await")
    t.add_done_callback(functools.partial(report, "late"))
    print("late callback added (not run yet)")
    await asyncio.sleep(0)
    print("main end")


asyncio.run(main())
