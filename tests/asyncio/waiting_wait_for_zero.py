# asyncio.wait_for with a timeout <= 0: a result only if it is ready now;
# otherwise the awaitable is cancelled at once.
import asyncio


async def never():
    await asyncio.Event().wait()


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        return "ignored the cancel"


async def main():
    loop = asyncio.get_running_loop()
    ready = loop.create_future()
    ready.set_result("ready")
    print(await asyncio.wait_for(ready, 0))
    for timeout in (0, -1):
        try:
            await asyncio.wait_for(never(), timeout)
        except TimeoutError:
            print("TimeoutError for timeout", timeout)
    task = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    print(await asyncio.wait_for(task, 0))
    failed = loop.create_future()
    failed.set_exception(ValueError("already failed"))
    try:
        await asyncio.wait_for(failed, 0)
    except ValueError as error:
        print("ValueError:", error)


asyncio.run(main())
