# wait_for with timeout=0 (or less): a done future gives its result; anything else times
# out at once (a coroutine never starts).
import asyncio


async def never():
    print("never starts")


async def main():
    for timeout in (0, -1):
        try:
            await asyncio.wait_for(never(), timeout)
        except asyncio.TimeoutError:
            print("timeout", timeout, "-> TimeoutError")
    done = asyncio.create_task(asyncio.sleep(0, result="done"))
    await done
    print(await asyncio.wait_for(done, 0))


asyncio.run(main())
