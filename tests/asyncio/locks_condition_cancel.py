# A task cancelled in Condition.wait() gets its lock back before the
# CancelledError reaches it, so `async with cond:` can release it.
import asyncio


def show(primitive):
    text = repr(primitive)
    return text[: text.index(" object at ")] + text[text.index(" [") :]


async def waiter(name, cond, log):
    async with cond:
        try:
            await cond.wait()
            log.append(f"{name} notified")
        except asyncio.CancelledError:
            log.append(f"{name} cancelled, holds lock: {cond.locked()}")
            raise


async def main():
    log = []
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(waiter(f"t{i}", cond, log)) for i in range(3)]
    await asyncio.sleep(0)
    print(show(cond))
    tasks[0].cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(show(cond), log)

    # cancelled while it waits to retake the lock after a notify
    await cond.acquire()
    cond.notify()
    await asyncio.sleep(0)
    tasks[1].cancel()
    await asyncio.sleep(0)
    print("t1 done?", tasks[1].done(), show(cond))
    cond.release()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(show(cond), log)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks, return_exceptions=True)
    print(log, [task.cancelled() for task in tasks])


asyncio.run(main())
