# Leaving an `async for` early abandons its async generator while it is
# paused inside try/finally. asyncio.run finishes it before closing the loop
# (loop.shutdown_asyncgens(): aclose() in a task), so the finally block runs
# — and may await — before asyncio.run returns.
import asyncio

kept = []


async def numbers(name, count):
    try:
        for i in range(count):
            yield i
    finally:
        print(" ", name, "finally")


async def slow_cleanup(name):
    try:
        yield "first"
        yield "second"
    finally:
        print(" ", name, "cleanup starts")
        await asyncio.sleep(0.01)
        print(" ", name, "cleanup done")


async def main():
    async for n in numbers("anonymous", 5):
        print("got", n)
        if n == 2:
            break
    print("left the loop")
    print("main returns")


async def keep_one():
    gen = numbers("kept", 5)
    kept.append(gen)
    async for n in gen:
        print("got", n)
        break
    print("keep_one returns")


async def awaits_in_finally():
    slow = slow_cleanup("slow")
    kept.append(slow)
    print(await slow.__anext__())
    print("awaits_in_finally returns")


asyncio.run(main())
print("after the first asyncio.run")
asyncio.run(keep_one())
print("after the second asyncio.run")
asyncio.run(awaits_in_finally())
print("after the third asyncio.run")
