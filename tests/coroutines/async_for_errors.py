# The errors of `async for` with objects that do not follow the protocol.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


class NoAiter:
    pass


class AiterReturnsInt:
    def __aiter__(self):
        return 1


class AnextNotAwaitable:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


class AnextRaises:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise LookupError("anext failed")


class SyncIterable:
    def __iter__(self):
        return iter([1])


async def agen():
    yield 1


def attempt(subject):
    async def body():
        async for item in subject:
            print("  item", item)
    try:
        run(body())
        print(type(subject).__name__, "ok")
    except Exception as error:
        print(type(subject).__name__, type(error).__name__ + ":", error)


for subject in (1, [1, 2], NoAiter(), AiterReturnsInt(), AnextNotAwaitable(), AnextRaises(), SyncIterable(), "text"):
    attempt(subject)


async def comprehension():
    return [x async for x in 5]


try:
    run(comprehension())
except TypeError as error:
    print("comprehension:", error)


async def sync_for_over_agen():
    for x in agen():
        pass


try:
    run(sync_for_over_agen())
except TypeError as error:
    print("sync for:", error)
