# Without asyncio.run: a program that runs its own loop calls
# loop.shutdown_asyncgens() itself before closing it. A second call finds
# nothing left; a generator collected after the loop is closed is not
# closed by it any more (its finalizer hook does nothing then).
import asyncio
import gc

kept = []


async def guarded(name):
    try:
        yield name + "-1"
        yield name + "-2"
    finally:
        print(" ", name, "finally")


async def start(name):
    gen = guarded(name)
    kept.append(gen)
    print(await gen.__anext__())


loop = asyncio.new_event_loop()
loop.run_until_complete(start("a"))
print("the loop stopped; a is still suspended")
loop.run_until_complete(loop.shutdown_asyncgens())
print("shut down")
loop.run_until_complete(loop.shutdown_asyncgens())
print("shut down again: nothing left")
loop.run_until_complete(start("c"))
loop.close()
print("closed; c was never closed")
kept.clear()
gc.collect()
print("collected c")
