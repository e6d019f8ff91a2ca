# A Task is a Future; create_task wants a coroutine.
import asyncio


async def main():
    t = asyncio.create_task(asyncio.sleep(0))
    print(isinstance(t, asyncio.Task), isinstance(t, asyncio.Future), asyncio.isfuture(t))
    print(issubclass(asyncio.Task, asyncio.Future))
    for bad in (1, None, "text"):
        try:
            asyncio.create_task(bad)
        except TypeError as e:
            print("TypeError:", e)
    try:
        t.set_result(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        t.set_exception(ValueError())
    except RuntimeError as e:
        print("RuntimeError:", e)
    await t


asyncio.run(main())
