# A retry loop: wait_for around attempts of growing speed, the first fast enough wins.
import asyncio


async def attempt(n):
    await asyncio.sleep(0.09 - n * 0.04)
    return "attempt %d" % n


async def main():
    for n in range(3):
        try:
            print("ok:", await asyncio.wait_for(attempt(n), timeout=0.03))
            break
        except asyncio.TimeoutError:
            print("attempt", n, "timed out")


asyncio.run(main())
