# aclose() throws GeneratorExit at the paused yield: finally blocks run and
# the await ends with StopIteration. Closing a generator that never started
# or that already finished does nothing; a closed generator is exhausted.
def step(awaitable):
    try:
        result = awaitable.send(None)
        return "suspended with %r" % (result,)
    except StopIteration as stop:
        return "done %r" % (stop.value,)
    except BaseException as error:
        return "raised %s%r" % (type(error).__name__, error.args)


async def resource(name):
    print("  open", name)
    try:
        yield 1
        yield 2
    finally:
        print("  close", name)


gen = resource("A")
print(step(gen.__anext__()))
print(step(gen.aclose()))
print(step(gen.__anext__()))
print(step(gen.aclose()))

never = resource("B")
print(step(never.aclose()))
print(step(never.__anext__()))

finished = resource("C")
for _ in range(3):
    print(step(finished.__anext__()))
print(step(finished.aclose()))

async def swallow():
    try:
        yield 1
    except GeneratorExit:
        print("  GeneratorExit seen, returning")


quiet = swallow()
print(step(quiet.__anext__()))
print(step(quiet.aclose()))
