# loop.create_task (with name=), before the loop runs and from inside it.
import asyncio


async def work(n):
    await asyncio.sleep(0)
    return n * 3


loop = asyncio.new_event_loop()
t = loop.create_task(work(1), name="made-early")
print(t.get_name(), t.done())


async def main():
    inner = asyncio.get_running_loop().create_task(work(2))
    return await t, await inner

print(loop.run_until_complete(main()))
loop.close()
