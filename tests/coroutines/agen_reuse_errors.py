# Each awaitable from __anext__/asend/athrow/aclose can be awaited once.
def attempt(label, action):
    try:
        action()
        print(label, "ok")
    except StopIteration as stop:
        print(label, "StopIteration", stop.value)
    except BaseException as error:
        print(label, type(error).__name__, error)


async def numbers():
    yield 1
    yield 2


gen = numbers()
first = gen.__anext__()
attempt("first send", lambda: first.send(None))
attempt("first again", lambda: first.send(None))
attempt("first throw", lambda: first.throw(ValueError))
attempt("first close", lambda: first.close())

closed_early = gen.asend(None)
attempt("close before use", lambda: closed_early.close())
attempt("send after close", lambda: closed_early.send(None))

thrower = gen.athrow(ValueError)
attempt("athrow", lambda: thrower.send(None))
attempt("athrow again", lambda: thrower.send(None))
attempt("athrow throw", lambda: thrower.throw(ValueError))

closer = numbers().aclose()
attempt("aclose", lambda: closer.send(None))
attempt("aclose again", lambda: closer.send(None))
