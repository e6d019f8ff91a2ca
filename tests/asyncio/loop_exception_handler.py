# The loop's exception handler: call_exception_handler(context) goes to the
# handler given to set_exception_handler, called as handler(loop, context),
# or to default_exception_handler, which prints the message, one
# "key: repr(value)" line per other key in sorted order, then the
# exception. A handler that raises is reported by the default handler.
import asyncio


def broken_handler(loop, context):
    print("broken handler sees", context["message"])
    raise RuntimeError("the handler itself failed")


def callback_that_fails():
    raise KeyError("in a callback")


def recording_handler(loop, context):
    message = context["message"].split(" at ")[0]  # a callback's message ends with its file name
    print("handler:", message, sorted(context), repr(context.get("exception")))


async def main():
    loop = asyncio.get_running_loop()
    loop.call_exception_handler({"message": "plain message"})
    loop.call_exception_handler({"message": "with keys", "zeta": 1, "alpha": "a", "exception": ValueError("x")})
    loop.call_exception_handler({"note": "no message"})
    loop.default_exception_handler({"message": "called directly", "beta": [1, 2]})
    loop.set_exception_handler(recording_handler)
    loop.call_exception_handler({"message": "custom", "exception": ValueError("y")})
    loop.call_soon(callback_that_fails)
    await asyncio.sleep(0)
    loop.set_exception_handler(broken_handler)
    loop.call_exception_handler({"message": "to the broken handler"})
    loop.set_exception_handler(None)
    print("handler reset:", loop.get_exception_handler())


asyncio.run(main())
print("end")
