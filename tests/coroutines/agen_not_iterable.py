# An async generator is an async iterator, not an iterator, and not awaitable.
def attempt(label, action):
    try:
        action()
        print(label, "ok")
    except TypeError as error:
        print(label, "TypeError:", error)


async def agen():
    yield 1


def use_for():
    for x in agen():
        pass


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


async def awaits_it():
    await agen()


attempt("iter", lambda: iter(agen()))
attempt("next", lambda: next(agen()))
attempt("for", use_for)
attempt("list", lambda: list(agen()))
attempt("await", lambda: run(awaits_it()))
print(hasattr(agen(), "send"), hasattr(agen(), "__next__"), hasattr(agen(), "__await__"))
