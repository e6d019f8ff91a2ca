# asend(v) sends v into the paused yield; the first asend must send None.
def step(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as stop:
        return stop.value
    except BaseException as error:
        return "%s: %s" % (type(error).__name__, error)


async def echo():
    received = yield "ready"
    while True:
        received = yield "echo %r" % (received,)


gen = echo()
print(step(gen.asend(None)))
print(step(gen.asend(1)))
print(step(gen.asend([2, 3])))
print(step(gen.__anext__()))

fresh = echo()
print(step(fresh.asend("too early")))
# an asend's own send() value replaces the value given to asend() when not None
gen2 = echo()
print(step(gen2.asend(None)))
awaitable = gen2.asend("from asend")
try:
    awaitable.send("from send")
except StopIteration as stop:
    print(stop.value)
