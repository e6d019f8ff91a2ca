# Throwing into a coroutine that is paused inside an async generator's await
# (via `async for`) reaches the await inside the generator first.
import types


@types.coroutine
def wait():
    yield "waiting"


async def producer():
    try:
        for i in range(3):
            try:
                await wait()
            except KeyError as error:
                print("  producer handled", repr(error))
            yield i
    finally:
        print("  producer finally")


async def consumer():
    try:
        async for item in producer():
            print("  consumed", item)
    except ValueError as error:
        print("  consumer caught", repr(error))
        return "stopped"
    return "complete"


coro = consumer()
print(coro.send(None))
print(coro.throw(KeyError("k")))
print(coro.send(None))
try:
    coro.throw(ValueError("v"))
except StopIteration as stop:
    print("result", stop.value)
