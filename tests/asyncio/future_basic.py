# A Future is a box for a result that arrives later: awaiting it parks the task until
# someone calls set_result.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("new future:", fut.done(), fut.cancelled(), fut._state)
    loop.call_later(0.01, fut.set_result, "hello")
    print("waiting...")
    value = await fut
    print("got:", value, fut.done(), fut.result(), fut._state)
    print("awaiting again:", await fut)
    f2 = asyncio.Future()
    print("asyncio.Future() uses the running loop:", f2.get_loop() is loop)
    f2.set_result(None)
    print(await f2)


asyncio.run(main())
