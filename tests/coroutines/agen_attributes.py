# The attributes of an async generator: ag_code, ag_frame, ag_running,
# ag_await, __name__/__qualname__, and its repr.
import types


def masked(text):
    return text.split(" at 0x")[0] + ">"


@types.coroutine
def pause():
    yield "paused"


class Holder:
    async def method(self):
        value = 10
        await pause()
        yield value


gen = Holder().method()
print(type(gen).__name__, type(gen).__module__ if hasattr(type(gen), "__module__") else "")
print(masked(repr(gen)))
print(gen.__name__, gen.__qualname__)
print(gen.ag_code.co_name, gen.ag_code is Holder.method.__code__)
print("created: running", gen.ag_running, "await", gen.ag_await, "line", gen.ag_frame.f_lineno)
step = gen.__anext__()
print(step.send(None))
print("awaiting: running", gen.ag_running, "await", type(gen.ag_await).__name__, gen.ag_await.__name__,
      "line", gen.ag_frame.f_lineno)
print(sorted(gen.ag_frame.f_locals))
try:
    step.send(None)
except StopIteration as stop:
    print("yielded", stop.value)
print("yielded: running", gen.ag_running, "await", gen.ag_await, "line", gen.ag_frame.f_lineno)
try:
    gen.__anext__().send(None)
except StopAsyncIteration:
    print("finished: frame", gen.ag_frame, "running", gen.ag_running)
gen.__name__ = "renamed"
gen.__qualname__ = "Holder.renamed"
print(gen.__name__, gen.__qualname__, masked(repr(gen)))
try:
    gen.__name__ = 5
except TypeError as error:
    print("TypeError:", error)
try:
    gen.ag_running = True
except AttributeError as error:
    print("AttributeError")
print(sorted(name for name in dir(gen) if not name.startswith("__")))
