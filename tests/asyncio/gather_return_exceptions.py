# return_exceptions=True: exceptions (and cancellations) become items of the result list.
import asyncio


async def value(v):
    await asyncio.sleep(0)
    return v


async def fail(exc):
    await asyncio.sleep(0)
    raise exc


async def main():
    cancelled = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    cancelled.cancel()
    res = await asyncio.gather(value(1), fail(ZeroDivisionError("division by zero")),
                               fail(KeyError("k")), cancelled, value("end"),
                               return_exceptions=True)
    for item in res:
        print(type(item).__name__, repr(item))


asyncio.run(main())
