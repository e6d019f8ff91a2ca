# asyncio.create_task needs a running loop.
import asyncio


async def work():
    return 1


c = work()
try:
    asyncio.create_task(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
print("closed the coroutine, so no warning")
