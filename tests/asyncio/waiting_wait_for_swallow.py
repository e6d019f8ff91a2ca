# If the inner task refuses the timeout's cancellation and returns (or
# raises), wait_for passes that on instead of TimeoutError.
import asyncio


async def refuses():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        return "finished anyway"


async def complains():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise RuntimeError("could not stop cleanly")


async def main():
    print(await asyncio.wait_for(refuses(), 0.01))
    try:
        await asyncio.wait_for(complains(), 0.01)
    except RuntimeError as error:
        print("RuntimeError:", error, "| context:", type(error.__context__).__name__)


asyncio.run(main())
