# While an __anext__ awaitable is inside the generator (paused at an await),
# no other awaitable may drive it.
import types


@types.coroutine
def pause():
    yield "paused"


async def slow():
    await pause()
    yield "value"


def attempt(label, action):
    try:
        print(label, "->", repr(action()))
    except StopIteration as stop:
        print(label, "StopIteration", repr(stop.value))
    except BaseException as error:
        print(label, type(error).__name__, error)


gen = slow()
first = gen.__anext__()
attempt("first", lambda: first.send(None))
print("ag_running", gen.ag_running)
second = gen.__anext__()
attempt("second", lambda: second.send(None))
attempt("second again", lambda: second.send(None))
attempt("aclose", lambda: gen.aclose().send(None))
attempt("athrow", lambda: gen.athrow(ValueError).send(None))
attempt("asend", lambda: gen.asend(None).send(None))
attempt("first resumes", lambda: first.send(None))
print("ag_running", gen.ag_running)
attempt("third", lambda: gen.__anext__().send(None))
