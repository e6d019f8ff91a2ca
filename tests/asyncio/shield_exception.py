# An exception from the shielded awaitable propagates through shield.
import asyncio


async def bad():
    await asyncio.sleep(0)
    raise ArithmeticError("overflow-ish")


async def main():
    try:
        await asyncio.shield(bad())
    except ArithmeticError as e:
        print("got", repr(e))


asyncio.run(main())
