# On timeout, the inner coroutine's cleanup (finally) finishes before wait_for raises.
import asyncio


async def worker():
    try:
        await asyncio.sleep(10)
    finally:
        print("worker: cleanup starts")
        await asyncio.sleep(0.01)
        print("worker: cleanup ends")


async def main():
    try:
        await asyncio.wait_for(worker(), timeout=0.01)
    except asyncio.TimeoutError:
        print("main: TimeoutError, after the cleanup")


asyncio.run(main())
