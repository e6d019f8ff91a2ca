# A cancelled task: done() and cancelled() are True; result() and exception() raise
# CancelledError (with the cancel message, when there is one).
import asyncio


async def sleeper():
    await asyncio.sleep(10)


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print("cancel():", t.cancel("enough"))
    print("right after cancel:", t.done(), t.cancelled())
    await asyncio.sleep(0)
    print("one step later:", t.done(), t.cancelled())
    for method in (t.result, t.exception):
        try:
            method()
        except asyncio.CancelledError as e:
            print(method.__name__, "raised CancelledError", e.args)


asyncio.run(main())
