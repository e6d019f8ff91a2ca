# gather wraps coroutines into tasks (started in argument order) and accepts tasks and
# futures too.
import asyncio


async def say(word):
    print("start", word)
    await asyncio.sleep(0)
    print("end", word)
    return word


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "future")
    task = asyncio.create_task(say("task"))
    print(await asyncio.gather(say("one"), task, fut, say("two")))


asyncio.run(main())
