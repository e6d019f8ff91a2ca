# A failing awaitable in as_completed raises when its turn comes; the loop can go on.
import asyncio


async def ok(d):
    await asyncio.sleep(d)
    return d


async def bad(d):
    await asyncio.sleep(d)
    raise ValueError("bad at %s" % d)


async def main():
    for nxt in asyncio.as_completed([ok(0.03), bad(0.01), ok(0.05)]):
        try:
            print("result", await nxt)
        except ValueError as e:
            print("error", e)


asyncio.run(main())
