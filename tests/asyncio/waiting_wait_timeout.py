# asyncio.wait(timeout=...) returns when time is up, with unfinished tasks in
# the pending set; it never raises TimeoutError and never cancels them.
import asyncio


async def main():
    never = asyncio.Event()
    quick = asyncio.create_task(asyncio.sleep(0, result="quick"))
    stuck = asyncio.create_task(never.wait())
    done, pending = await asyncio.wait([quick, stuck], timeout=0.02)
    print([t.result() for t in done], pending == {stuck}, stuck.cancelled())
    done, pending = await asyncio.wait([stuck], timeout=0)
    print(len(done), len(pending))
    never.set()
    done, pending = await asyncio.wait([stuck], timeout=5)  # finishes long before
    print(len(done), len(pending), stuck.result())


asyncio.run(main())
