# Future.cancel: True the first time, False when already done or cancelled; awaiting a
# cancelled future raises CancelledError; the message travels with it.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("cancel:", fut.cancel(), "again:", fut.cancel())
    print(fut.cancelled(), fut.done(), fut._state)
    try:
        await fut
    except asyncio.CancelledError as e:
        print("await raised CancelledError", e.args)
    done = loop.create_future()
    done.set_result(1)
    print("cancel a done future:", done.cancel(), done.cancelled())
    m = loop.create_future()
    m.cancel(msg="with a message")
    try:
        m.result()
    except asyncio.CancelledError as e:
        print("result raised CancelledError", e.args)
    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))


asyncio.run(main())
