# When closing an abandoned async generator fails at shutdown, the loop
# reports it through its exception handler with an 'asyncgen' context key;
# the other generators are still closed. Also: set_exception_handler checks
# its argument, and get_exception_handler returns what was set.
import asyncio

kept = []


async def failing(name):
    try:
        yield name
        yield "more"
    finally:
        print(" ", name, "finally raises")
        await asyncio.sleep(0)
        raise ValueError("cleanup of " + name + " failed")


closed_fine = []


async def fine(name):
    try:
        yield name
    finally:
        closed_fine.append(name)  # not printed: the closing order is CPython's weak set's


def handler(loop, context):
    print("handler called, keys:", sorted(context))
    message = context["message"]
    agen = context["asyncgen"]
    print("  message:", message.startswith("an error occurred during closing of asynchronous generator "),
          repr(agen) in message)
    print("  asyncgen:", agen.__name__)
    print("  exception:", repr(context["exception"]))


async def main():
    loop = asyncio.get_running_loop()
    print("handler before:", loop.get_exception_handler())
    try:
        loop.set_exception_handler(42)
    except TypeError as error:
        print("TypeError:", error)
    loop.set_exception_handler(handler)
    print("handler set:", loop.get_exception_handler() is handler)
    for gen in (failing("a"), fine("b")):
        kept.append(gen)
        print("first value:", await gen.__anext__())
    print("main returns")


asyncio.run(main())
print("closed without error:", closed_fine)
