# result() and exception() of a task: InvalidStateError while pending, then the value, or
# the exception (raised by result(), returned by exception()).
import asyncio


async def ok():
    await asyncio.sleep(0)
    return "fine"


async def bad():
    await asyncio.sleep(0)
    raise ValueError("broken")


async def main():
    t1 = asyncio.create_task(ok())
    t2 = asyncio.create_task(bad())
    for t in (t1, t2):
        try:
            t.result()
        except asyncio.InvalidStateError as e:
            print("result() while pending:", repr(e))
        try:
            t.exception()
        except asyncio.InvalidStateError as e:
            print("exception() while pending:", repr(e))
    await asyncio.sleep(0.01)
    print("t1:", t1.done(), t1.result(), t1.exception())
    print("t2:", t2.done(), repr(t2.exception()))
    try:
        t2.result()
    except ValueError as e:
        print("t2.result() raised", repr(e))
    print("same object:", t2.exception() is t2.exception())


asyncio.run(main())
