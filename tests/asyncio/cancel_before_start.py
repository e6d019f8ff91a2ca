# A task cancelled before its first step never runs its body.
import asyncio


async def body():
    print("body runs (should not)")


async def main():
    t = asyncio.create_task(body())
    print("cancel before start:", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting it: CancelledError")
    print(t.cancelled(), t.done())


asyncio.run(main())
