# An exception nobody catches goes out of asyncio.run: traceback on stderr, exit status 1.
import asyncio


async def divide(a, b):
    await asyncio.sleep(0)
    return a / b


async def main():
    print("dividing")
    print(await divide(1, 0))


asyncio.run(main())
