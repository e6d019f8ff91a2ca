# While a loop runs, sys.get_asyncgen_hooks() returns the loop's own
# firstiter/finalizer hooks (bound methods); when run_forever returns, the
# hooks that were there before are put back — None, or a program's own.
import asyncio
import sys


def my_firstiter(agen):
    print("  my_firstiter:", agen.__name__)


def my_finalizer(agen):
    print("  my_finalizer:", agen.__name__)


async def ticks():
    yield 1


async def main():
    loop = asyncio.get_running_loop()
    hooks = sys.get_asyncgen_hooks()
    print("firstiter:", hooks.firstiter.__name__, hooks.firstiter.__self__ is loop)
    print("finalizer:", hooks.finalizer.__name__, hooks.finalizer.__self__ is loop)
    async for t in ticks():
        print("tick", t)


print(sys.get_asyncgen_hooks())
asyncio.run(main())
print(sys.get_asyncgen_hooks())

sys.set_asyncgen_hooks(my_firstiter, my_finalizer)
asyncio.run(main())
hooks = sys.get_asyncgen_hooks()
print("mine again:", hooks.firstiter is my_firstiter, hooks.finalizer is my_finalizer)
sys.set_asyncgen_hooks(None, None)

loop = asyncio.new_event_loop()
loop.run_until_complete(main())
print("between runs:", sys.get_asyncgen_hooks())
loop.run_until_complete(main())
loop.close()
print(sys.get_asyncgen_hooks())
