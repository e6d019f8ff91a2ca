# A hand-written asynccontextmanager built on an async generator: the
# pattern contextlib uses, exercising asend/athrow/aclose from `async with`.
import types


@types.coroutine
def pause(tag):
    yield tag


class AsyncGeneratorContextManager:
    def __init__(self, gen):
        self.gen = gen

    async def __aenter__(self):
        return await anext(self.gen)

    async def __aexit__(self, kind, value, traceback):
        if kind is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            await self.gen.athrow(kind, value, traceback)
        except StopAsyncIteration as stop:
            return stop is not value
        except BaseException as error:
            if error is value:
                return False
            raise
        raise RuntimeError("generator didn't stop after athrow()")


def asynccontextmanager(function):
    def helper(*args, **kwargs):
        return AsyncGeneratorContextManager(function(*args, **kwargs))
    return helper


@asynccontextmanager
async def transaction(name):
    await pause("begin " + name)
    print("  begin", name)
    try:
        yield name + "-tx"
    except KeyError as error:
        print("  rollback", name, "because", repr(error))
    else:
        print("  commit", name)
    finally:
        await pause("release " + name)


def run(coro):
    log = []
    try:
        while True:
            log.append(coro.send(None))
    except StopIteration as stop:
        print("driver saw", log)
        return stop.value


async def main():
    async with transaction("first") as tx:
        print("  using", tx)
    async with transaction("second"):
        raise KeyError("conflict")
    try:
        async with transaction("third"):
            raise ValueError("not handled by the generator")
    except ValueError as error:
        print("  propagated", repr(error))
    return "ok"


print(run(main()))
