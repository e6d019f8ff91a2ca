# stop() during run_until_complete, before the future is done, is a RuntimeError.
import asyncio

loop = asyncio.new_event_loop()


async def slow():
    await asyncio.sleep(0.02)
    return "late"

loop.call_soon(loop.stop)
t = loop.create_task(slow())
try:
    loop.run_until_complete(t)
except RuntimeError as e:
    print("RuntimeError:", e)
print("task done:", t.done())
print("continue:", loop.run_until_complete(t))
loop.close()
