# The loop's order: call_soon FIFO, a new task starts on the next iteration, callbacks
# scheduled while an iteration runs wait for the next one, timers by deadline (ties FIFO),
# and done callbacks always go through the ready queue.
# args: --virtual-time
import asyncio


def log(*args):
    print(*args)


async def child(name):
    log("child", name, "starts")
    await asyncio.sleep(0)
    log("child", name, "after sleep(0)")
    return name


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(log, "soon 1")
    t = asyncio.create_task(child("a"))
    loop.call_soon(log, "soon 2")
    log("main before first await")
    await asyncio.sleep(0)
    log("main after first sleep(0)")

    def chain(n):
        log("chain", n)
        if n < 3:
            loop.call_soon(chain, n + 1)

    loop.call_soon(chain, 1)
    loop.call_soon(log, "other callback")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)

    for delay, name in [(0.03, "c"), (0.01, "a"), (0.02, "b"), (0.01, "a2"), (0.02, "b2")]:
        loop.call_later(delay, log, "timer", name)
    await asyncio.sleep(0.05)

    fut = loop.create_future()
    fut.add_done_callback(lambda f: log("done callback sees", f.result()))
    fut.set_result(42)
    log("set_result returned; callback not run yet")
    await asyncio.sleep(0)
    log("after one iteration")
    log("task result", await t)

    order = []

    async def sleeper(name, delay):
        await asyncio.sleep(delay)
        order.append(name)

    await asyncio.gather(sleeper("x", 0.02), sleeper("y", 0.01), sleeper("z", 0.02), sleeper("w", 0))
    log("wake order", order)


asyncio.run(main())
