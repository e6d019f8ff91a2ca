# Done callbacks of a Future run in registration order, one loop step after set_result,
# each called with the future; one added after it is done is scheduled too.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    for i in range(3):
        fut.add_done_callback(lambda f, i=i: print("callback", i, f.result()))
    print("set_result")
    fut.set_result("R")
    print("after set_result (callbacks not run yet)")
    await asyncio.sleep(0)
    print("after one step")
    fut.add_done_callback(lambda f: print("late callback", f.result()))
    print("late callback added")
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
