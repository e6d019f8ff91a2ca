# asyncio.timeout(delay): a block that overruns its deadline is cancelled,
# and the CancelledError becomes TimeoutError as it leaves the block.
import asyncio


async def main():
    log = []
    try:
        async with asyncio.timeout(0.01) as t:
            print(type(t).__name__, t.expired(), type(t.when()).__name__)
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                log.append("block cancelled")
                raise
    except TimeoutError as error:
        print("TimeoutError", error.args, "cause:", type(error.__cause__).__name__)
    print(log, t.expired(), repr(t))

    async with asyncio.timeout(5) as t:
        await asyncio.sleep(0)
    print("in time:", t.expired(), repr(t))

    async with asyncio.timeout(None) as t:
        print(t.when(), repr(t))
        await asyncio.sleep(0)
    print(repr(t))
    print(repr(asyncio.timeout(1)).startswith("<Timeout [created]"))

    # the task itself is not cancelled after the block
    try:
        async with asyncio.timeout(0):
            await asyncio.sleep(1)
    except TimeoutError:
        print("zero delay expired; cancelling() =", asyncio.current_task().cancelling())
    await asyncio.sleep(0)
    print("task still runs")


asyncio.run(main())
