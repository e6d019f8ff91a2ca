# Cancellation is thrown into the coroutine where it is suspended: in sleep, on a future,
# in a queue get/put, while awaiting another task, inside gather; cancel(msg) carries the
# message; cancelling()/uncancel() count the requests.
# args: --virtual-time
import asyncio


async def victim(name, awaitable_factory):
    try:
        await awaitable_factory()
        print(name, "not cancelled")
    except asyncio.CancelledError as e:
        print(name, "got CancelledError", e.args)
        raise
    finally:
        print(name, "finally")


async def cancel_after_start(name, factory, msg=None):
    t = asyncio.create_task(victim(name, factory))
    await asyncio.sleep(0)
    print(name, "cancel() ->", t.cancel(msg) if msg else t.cancel())
    print(name, "cancelling:", t.cancelling(), "done:", t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print(name, "awaiting it raised CancelledError", e.args)
    print(name, "cancelled():", t.cancelled(), t._state)


async def main():
    loop = asyncio.get_running_loop()
    await cancel_after_start("sleep", lambda: asyncio.sleep(10))
    await cancel_after_start("sleep-msg", lambda: asyncio.sleep(10), "stop now")
    fut = loop.create_future()
    await cancel_after_start("future", lambda: fut)
    print("the future itself is cancelled:", fut.cancelled())
    q = asyncio.Queue()
    await cancel_after_start("queue-get", q.get)
    full = asyncio.Queue(maxsize=1)
    full.put_nowait("x")
    await cancel_after_start("queue-put", lambda: full.put("y"))
    print("full queue still has", full.qsize(), "item(s)")
    other = asyncio.create_task(asyncio.sleep(10))
    await cancel_after_start("await-task", lambda: other)
    print("the awaited task is cancelled too:", other.cancelled())
    g1 = asyncio.create_task(asyncio.sleep(10))
    g2 = asyncio.create_task(asyncio.sleep(10))
    await cancel_after_start("gather", lambda: asyncio.gather(g1, g2))
    print("gather children cancelled:", g1.cancelled(), g2.cancelled())

    # cancel before the task ever ran: its coroutine never starts
    t = asyncio.create_task(victim("unstarted", lambda: asyncio.sleep(1)))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("unstarted cancelled:", t.cancelled())

    # cancel a task scheduled by sleep(0): must_cancel, delivered at its next step
    async def spinner():
        try:
            while True:
                await asyncio.sleep(0)
        except asyncio.CancelledError:
            print("spinner cancelled at its sleep(0)")
            return "swallowed"

    t = asyncio.create_task(spinner())
    await asyncio.sleep(0)
    t.cancel()
    print("spinner result", await t, t.cancelled())

    # uncancel
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()
    print("cancelling", t.cancelling(), "uncancel", t.uncancel(), t.uncancel(), t.uncancel())
    try:
        await t
    except asyncio.CancelledError:
        print("still cancelled")
    print("cancel a done task:", t.cancel())


asyncio.run(main())
