# asyncio.run's errors, get_running_loop outside a loop, get_event_loop's 3.11 rules,
# set_event_loop's check, create_task outside a loop.
import asyncio


async def nested():
    coro = asyncio.sleep(0)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    await coro
    return "nested ok"


async def simple():
    return 5


def main():
    print(asyncio.run(nested()))
    for bad in (None, 3, "text"):
        try:
            asyncio.run(bad)
        except ValueError as e:
            print("ValueError:", e)
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        print("RuntimeError:", e)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    print(asyncio.get_event_loop() is loop)
    try:
        asyncio.set_event_loop(3)
    except TypeError as e:
        print("TypeError:", e)
    coro = simple()
    try:
        asyncio.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    try:
        loop.create_task(42)
    except TypeError as e:
        print("TypeError:", e)
    print(loop.run_until_complete(simple()))
    loop.close()
    asyncio.set_event_loop(None)

    async def raises():
        await asyncio.sleep(0)
        raise OSError("disk")

    try:
        asyncio.run(raises())
    except OSError as e:
        print("run re-raised", repr(e))

    async def cancelled_main():
        asyncio.current_task().cancel()
        await asyncio.sleep(0)

    try:
        asyncio.run(cancelled_main())
    except asyncio.CancelledError as e:
        print("main cancelled:", type(e).__name__, type(e).__module__, issubclass(type(e), Exception))
    print(asyncio.TimeoutError is TimeoutError, asyncio.InvalidStateError.__mro__[1].__name__)


main()
