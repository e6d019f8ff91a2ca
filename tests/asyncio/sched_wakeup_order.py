# Tasks woken by the same future resume in the order they started waiting, after callbacks
# that were already queued.
import asyncio


async def waiter(name, fut):
    await fut
    print(name, "resumed")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    ws = [asyncio.create_task(waiter(n, fut)) for n in ("x", "y", "z")]
    await asyncio.sleep(0)
    loop.call_soon(print, "callback queued before set_result")
    fut.set_result(None)
    loop.call_soon(print, "callback queued after set_result")
    await asyncio.gather(*ws)


asyncio.run(main())
