# The seed's multi-task style (seed 002, 4.3): tasks made with ensure_future before the loop
# runs, then loop.run_until_complete(asyncio.wait(tasks)). The network request is replaced
# by asyncio.sleep.
import asyncio


async def request(n):
    print("Waiting for request", n)
    await asyncio.sleep(0.01)
    print("Got response", n)
    return "<Response [200]>"


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
tasks = [asyncio.ensure_future(request(i)) for i in range(5)]
print("Tasks:", [t._state for t in tasks])
done, pending = loop.run_until_complete(asyncio.wait(tasks))
print(len(done), len(pending))
for task in tasks:
    print("Task Result:", task.result())
loop.close()
