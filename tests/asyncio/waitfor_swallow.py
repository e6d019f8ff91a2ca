# If the inner coroutine swallows the cancellation that a timeout sends and returns a
# value, wait_for returns that value instead of raising TimeoutError.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn: ignoring the cancellation")
        return "partial result"


async def main():
    print(await asyncio.wait_for(stubborn(), timeout=0.01))


asyncio.run(main())
