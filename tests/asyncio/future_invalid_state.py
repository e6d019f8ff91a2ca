# A Future is set once: a second set_result/set_exception is an InvalidStateError;
# asking for the result too early is one too.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    for action in (fut.result, fut.exception):
        try:
            action()
        except asyncio.InvalidStateError as e:
            print(action.__name__, "->", repr(e))
    fut.set_result(1)
    try:
        fut.set_result(2)
    except asyncio.InvalidStateError as e:
        print("second set_result ->", repr(e))
    try:
        fut.set_exception(ValueError())
    except asyncio.InvalidStateError as e:
        print("set_exception after result ->", repr(e))
    print("result is still", fut.result())
    c = loop.create_future()
    c.cancel()
    try:
        c.set_result(3)
    except asyncio.InvalidStateError as e:
        print("set_result after cancel ->", repr(e))
    print(issubclass(asyncio.InvalidStateError, Exception))


asyncio.run(main())
