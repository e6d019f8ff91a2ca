# call_soon callbacks, new tasks and done callbacks all share one FIFO ready queue.
import asyncio


async def job(name):
    print("task", name, "runs")
    return name


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "callback 1")
    t = asyncio.create_task(job("A"))
    t.add_done_callback(lambda f: print("done callback of", f.result()))
    loop.call_soon(print, "callback 2")
    asyncio.create_task(job("B"))
    print("main yields")
    await asyncio.sleep(0)
    print("main back")
    await asyncio.sleep(0)
    print("main end")


asyncio.run(main())
