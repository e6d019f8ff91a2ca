# An async generator abandoned inside `async with` is closed at shutdown:
# the context manager's __aexit__ runs (and may await), seeing GeneratorExit.
import asyncio

kept = []


class Connection:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("  open", self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        print("  close", self.name, "on", exc_type.__name__ if exc_type else None)
        return False


async def rows(name):
    async with Connection(name) as connection:
        for i in range(3):
            yield connection.name + str(i)


async def main():
    async for row in rows("full"):
        print("row", row)
    gen = rows("abandoned")
    kept.append(gen)
    async for row in gen:
        print("row", row)
        break
    print("main returns")


asyncio.run(main())
print("end")
