# athrow() raises an exception at the paused yield; the generator may catch
# it and yield again (the athrow's await then ends with that value) or let
# it propagate.
def step(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as stop:
        return "value %r" % (stop.value,)
    except BaseException as error:
        return "raised %s(%s)" % (type(error).__name__, error)


async def resilient():
    for attempt in range(3):
        try:
            yield attempt
        except ValueError as error:
            print("  caught", repr(error))
            yield "recovered from %s" % error


gen = resilient()
print(step(gen.__anext__()))
print(step(gen.athrow(ValueError("bad input"))))
print(step(gen.__anext__()))
print(step(gen.athrow(KeyError("missing"))))
print(step(gen.__anext__()))
print(step(gen.athrow(ValueError("after the end"))))
