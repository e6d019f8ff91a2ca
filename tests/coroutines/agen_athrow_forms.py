# athrow accepts throw()'s forms: a class, an instance, and the old
# three-argument (type, value, traceback) form; bad arguments are reported
# when the awaitable is first sent to, as in CPython 3.11.
def step(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as stop:
        return "value %r" % (stop.value,)
    except BaseException as error:
        return "raised %s%r" % (type(error).__name__, error.args)


async def catcher():
    while True:
        try:
            yield "waiting"
        except Exception as error:
            print("  caught %s%r" % (type(error).__name__, error.args))


gen = catcher()
print(step(gen.__anext__()))
print(step(gen.athrow(ValueError)))
print(step(gen.athrow(ValueError("instance"))))
print(step(gen.athrow(ValueError, "value")))
print(step(gen.athrow(ValueError, ("two", "args"))))
print(step(gen.athrow(ValueError, ValueError("given"), None)))
print(step(catcher().athrow(1)))
print(step(catcher().athrow(ValueError("x"), 1)))
print(step(catcher().athrow(ValueError, None, 5)))
print(step(catcher().athrow()))
print(step(catcher().athrow(1, 2, 3, 4)))
try:
    catcher().athrow(ValueError, kw=1)
except TypeError as error:
    print("TypeError", error)
