# asyncio.wait(return_when=FIRST_EXCEPTION): returns at the first exception,
# or when all are done if none fails; a cancelled task does not count.
import asyncio


async def job(name, steps, error=None):
    for _ in range(steps):
        await asyncio.sleep(0)
    if error:
        raise error
    return name


async def main():
    slow = asyncio.create_task(job("slow", 10))
    ok = asyncio.create_task(job("ok", 1))
    bad = asyncio.create_task(job("bad", 2, KeyError("bad")))
    done, pending = await asyncio.wait([slow, ok, bad], return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(map(repr, (t.exception() for t in done))), len(pending), slow in pending)
    slow.cancel()

    # a cancelled task is not an exception: wait goes on until all are done
    victim = asyncio.create_task(job("victim", 5))
    other = asyncio.create_task(job("other", 2))
    asyncio.get_running_loop().call_soon(victim.cancel)
    done, pending = await asyncio.wait([victim, other], return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), victim.cancelled(), other.result())


asyncio.run(main())
