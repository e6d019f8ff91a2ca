# wait(timeout=...) returns when the time is up, with the unfinished tasks in pending;
# they are not cancelled.
import asyncio


async def job(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    quick = asyncio.create_task(job(0))
    slow = asyncio.create_task(job(0.2))
    done, pending = await asyncio.wait([quick, slow], timeout=0.05)
    print(quick in done, slow in pending)
    print("slow cancelled?", slow.cancelled(), "done?", slow.done())
    slow.cancel()
    done, pending = await asyncio.wait([quick], timeout=10)
    print("already done:", len(done), len(pending))


asyncio.run(main())
