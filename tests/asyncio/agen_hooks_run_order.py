# The order of asyncio.run's ending: main returns, the tasks still pending
# are cancelled (a generator paused in an await inside such a task sees the
# CancelledError there), and only then are the abandoned generators closed
# by shutdown_asyncgens().
import asyncio

kept = []


async def ticker(name):
    try:
        i = 0
        while True:
            await asyncio.sleep(0.01)
            yield i
            i += 1
    except asyncio.CancelledError:
        print(" ", name, "cancelled inside the generator")
        raise
    except GeneratorExit:
        print(" ", name, "closed by aclose()")
        raise
    finally:
        print(" ", name, "finally")


async def worker():
    gen = ticker("abandoned")
    kept.append(gen)
    async for i in gen:
        break
    try:
        async for i in ticker("consumed"):
            pass
    except asyncio.CancelledError:
        print("  worker cancelled")
        raise


async def main():
    asyncio.create_task(worker())
    await asyncio.sleep(0.05)
    print("main returns")


asyncio.run(main())
print("end")
