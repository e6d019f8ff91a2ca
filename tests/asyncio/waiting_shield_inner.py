# What the shield passes on: the inner task's exception, and its
# cancellation (cancelling the inner task itself is not shielded).
import asyncio


async def fails():
    await asyncio.sleep(0)
    raise ArithmeticError("inner failed")


async def waits():
    await asyncio.sleep(10)


async def main():
    try:
        await asyncio.shield(fails())
    except ArithmeticError as error:
        print("ArithmeticError:", error)
    inner = asyncio.create_task(waits())
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    inner.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled:", outer.cancelled(), "inner cancelled:", inner.cancelled())

    # outer cancelled first, then the inner task fails: nobody is told, and
    # no "exception was never retrieved" is printed
    inner = asyncio.create_task(fails())
    outer = asyncio.shield(inner)
    outer.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(outer.cancelled(), inner.done(), type(inner.exception()).__name__)


asyncio.run(main())
