# new_event_loop + run_until_complete: runs a coroutine (wrapped in a task) or a future to
# completion and returns its result; the loop can run again until it is closed.
import asyncio


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


loop = asyncio.new_event_loop()
print("running:", loop.is_running(), "closed:", loop.is_closed())
print(loop.run_until_complete(add(1, 2)))
task = loop.create_task(add(3, 4))
print(loop.run_until_complete(task), task.done())


async def both():
    return await asyncio.gather(add(1, 1), add(2, 2))

print(loop.run_until_complete(both()))
loop.close()
print("closed:", loop.is_closed())
loop.close()
print("closing twice is fine")
