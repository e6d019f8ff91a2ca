# Done callbacks run when a task is cancelled, like when it finishes.
import asyncio


async def main():
    t = asyncio.create_task(asyncio.sleep(10), name="sleepy")
    t.add_done_callback(lambda task: print("callback:", task.get_name(), "cancelled =", task.cancelled()))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
