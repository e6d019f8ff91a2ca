# shutdown_asyncgens() only closes what is still unfinished: a generator
# that ran to its end, one closed with aclose(), one that raised, and one
# never started are left alone; each finally block runs exactly once.
import asyncio

kept = []


async def counted(name, count):
    try:
        for i in range(count):
            yield i
    finally:
        print(" ", name, "finally")


async def broken(name):
    try:
        yield 1
        raise KeyError(name)
    finally:
        print(" ", name, "finally")


async def main():
    finished = counted("finished", 2)
    print([i async for i in finished])
    closed = counted("closed", 5)
    print(await closed.__anext__())
    await closed.aclose()
    failed = broken("failed")
    try:
        async for i in failed:
            print("from failed:", i)
    except KeyError as error:
        print("KeyError", error)
    never = counted("never started", 3)
    abandoned = counted("abandoned", 3)
    print(await abandoned.__anext__())
    kept.extend([finished, closed, failed, never, abandoned])
    print("main returns")


asyncio.run(main())
print("end")
