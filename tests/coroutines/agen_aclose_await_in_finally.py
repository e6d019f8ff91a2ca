# An async generator's cleanup may await: aclose()'s awaitable then passes
# the awaited values up to its driver like any other await, and ends when
# the generator finishes.
import types


@types.coroutine
def io_wait(what):
    reply = yield ("waiting for", what)
    return reply


async def connection():
    try:
        yield "row 1"
        yield "row 2"
    finally:
        print("  flushing")
        answer = await io_wait("flush")
        print("  flush answered", answer)
        answer = await io_wait("disconnect")
        print("  disconnect answered", answer)


gen = connection()
try:
    gen.__anext__().send(None)
except StopIteration as stop:
    print("first", stop.value)

closer = gen.aclose()
print(closer.send(None))
print("ag_running during cleanup:", gen.ag_running)
print(closer.send("ok"))
try:
    closer.send("bye")
except StopIteration:
    print("aclose finished; ag_running", gen.ag_running, "ag_frame", gen.ag_frame)
