# The generator-based coroutine style (Python 3.4: yield from instead of await) running
# under the event loop. The seeds write it with @asyncio.coroutine; CPython 3.11 removed
# that decorator (pyco keeps it), so this test uses asyncio.coroutine where it exists and
# types.coroutine (the same thing for generator functions) where it does not, and prints
# the same either way.
import asyncio
import types

coroutine = getattr(asyncio, "coroutine", types.coroutine)


@coroutine
def old_style(name, delay):
    print(name, "start")
    yield from asyncio.sleep(delay)
    print(name, "end")
    return name.upper()


async def new_style():
    return await old_style("awaited-by-async-def", 0)


loop = asyncio.new_event_loop()
print(loop.run_until_complete(old_style("alone", 0.01)))
print(loop.run_until_complete(new_style()))
t1 = loop.create_task(old_style("t1", 0.02))
t2 = loop.create_task(old_style("t2", 0.01))
print(loop.run_until_complete(asyncio.gather(t1, t2)))
loop.close()
