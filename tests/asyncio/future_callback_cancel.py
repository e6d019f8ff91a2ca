# Done callbacks run when a future is cancelled too, and see cancelled() == True.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("callback: cancelled =", f.cancelled(), "done =", f.done()))
    fut.cancel()
    print("cancelled, callback pending")
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
