# An async generator that yields a value while being closed ignores
# GeneratorExit: aclose() raises RuntimeError, as close() does for a
# generator.
def step(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as stop:
        return "value %r" % (stop.value,)
    except BaseException as error:
        return "raised %s(%s)" % (type(error).__name__, error)


async def stubborn():
    try:
        yield "working"
    except GeneratorExit:
        print("  refusing to stop")
        yield "still here"
    print("  ending after all")


gen = stubborn()
print(step(gen.__anext__()))
print(step(gen.aclose()))
print("still suspended:", gen.ag_frame is not None)
# the generator counts as closed now: athrow finds it so
print(step(gen.athrow(ValueError)))
print(step(gen.__anext__()))
print(step(gen.__anext__()))
