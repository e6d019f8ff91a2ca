# Several tasks await one future; set_result wakes them all, in the order they started
# waiting.
import asyncio


async def waiter(name, fut):
    print(name, "waits")
    value = await fut
    print(name, "woke with", value)
    return name


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    tasks = [asyncio.create_task(waiter(n, fut)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(0)
    print("setting the result")
    fut.set_result("go")
    print(await asyncio.gather(*tasks))


asyncio.run(main())
