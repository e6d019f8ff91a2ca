# async with on a class with __aenter__/__aexit__ that await; __aexit__ sees the exception
# and may suppress it.
import asyncio


class Connection:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await asyncio.sleep(0)
        print(self.name, "connected")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        print(self.name, "disconnected, exception:", exc_type.__name__ if exc_type else None)
        return self.suppress


async def main():
    async with Connection("db") as conn:
        print("using", conn.name)
    async with Connection("cache", suppress=True):
        raise KeyError("lost")
    print("KeyError suppressed")
    try:
        async with Connection("api"):
            raise ValueError("bad")
    except ValueError as e:
        print("ValueError propagated:", e)


asyncio.run(main())
