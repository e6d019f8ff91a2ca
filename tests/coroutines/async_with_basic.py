# `async with`: __aenter__ is awaited and its value bound; __aexit__ is
# awaited with the exception details, and a true result suppresses it.
import types


@types.coroutine
def pause(tag):
    yield tag


def run(coro):
    log = []
    try:
        while True:
            log.append(coro.send(None))
    except StopIteration as stop:
        print("driver saw", log)
        return stop.value


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await pause("enter " + self.name)
        print("  enter", self.name)
        return self.name.upper()

    async def __aexit__(self, kind, value, traceback):
        await pause("exit " + self.name)
        print("  exit", self.name, kind.__name__ if kind else None, value, traceback is not None)
        return self.suppress


async def main():
    async with Resource("a") as handle:
        print("  body with", handle)
    async with Resource("b", suppress=True):
        raise KeyError("swallowed")
    try:
        async with Resource("c"):
            raise ValueError("propagates")
    except ValueError as error:
        print("  caught", repr(error))
    async with Resource("outer") as o, Resource("inner") as i:
        print("  nested", o, i)
    for n in range(3):
        async with Resource(str(n)):
            if n == 1:
                continue
            if n == 2:
                break
            print("  loop body", n)
    async with Resource("ret"):
        return "returned from inside"


print(run(main()))
