# An async generator still paused inside try/finally when the program ends
# (and no finalizer hook is installed) is closed then: its finally runs
# after the last line, as a generator's does.
def step(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as stop:
        return stop.value


async def session(name):
    try:
        yield "open " + name
    finally:
        print("cleanup", name)


kept = session("kept")
print(step(kept.__anext__()))
print("end of program")
