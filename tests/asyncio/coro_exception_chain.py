# Exceptions raised deep in an await chain reach the awaiting code; try/except/finally work
# at every level, and raise ... from keeps the cause.
import asyncio


class AppError(Exception):
    pass


async def level3():
    await asyncio.sleep(0)
    raise ValueError("bad value")


async def level2():
    try:
        await level3()
    finally:
        print("level2 finally")


async def level1():
    try:
        await level2()
    except ValueError as e:
        raise AppError("wrapped") from e


async def main():
    try:
        await level1()
    except AppError as e:
        print("caught", repr(e), "cause", repr(e.__cause__))


asyncio.run(main())
