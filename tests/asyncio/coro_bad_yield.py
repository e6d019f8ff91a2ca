# A task whose coroutine yields something that is not a Future gets a RuntimeError thrown in.
import asyncio
import types


@types.coroutine
def yield_value(v):
    yield v


async def main():
    try:
        await yield_value(42)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await yield_value("text")
    except RuntimeError as e:
        print("RuntimeError:", e)
    return "survived"


print(asyncio.run(main()))
