# The errors of `async with` with objects that do not follow the protocol.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


class NoProtocol:
    pass


class OnlyEnter:
    async def __aenter__(self):
        return self


class OnlyExit:
    async def __aexit__(self, *args):
        pass


class EnterNotAwaitable:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *args):
        pass


class ExitNotAwaitable:
    async def __aenter__(self):
        return self

    def __aexit__(self, *args):
        return "text"


class SyncOnly:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        pass


class EnterRaises:
    async def __aenter__(self):
        raise OSError("cannot enter")

    async def __aexit__(self, *args):
        print("  never")


class ExitRaises:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *args):
        raise OSError("exit failed")


def attempt(manager, raise_inside=False):
    async def body():
        async with manager:
            print("  body ran")
            if raise_inside:
                raise KeyError("inside")
    try:
        run(body())
        print(type(manager).__name__, "ok")
    except Exception as error:
        print(type(manager).__name__, type(error).__name__ + ":", error,
              "| context:", repr(error.__context__))


for manager in (NoProtocol(), OnlyEnter(), OnlyExit(), EnterNotAwaitable(), ExitNotAwaitable(), SyncOnly(),
                EnterRaises(), ExitRaises(), 5):
    attempt(manager)
attempt(ExitNotAwaitable(), raise_inside=True)
attempt(ExitRaises(), raise_inside=True)


async def sync_with_async_manager():
    with OnlyEnter():
        pass


try:
    run(sync_with_async_manager())
except Exception as error:
    print(type(error).__name__ + ":", error)
