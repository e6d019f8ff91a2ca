# Driving an async generator by hand: __anext__() gives an awaitable whose
# send(None) ends with StopIteration(value) for each yield, and
# StopAsyncIteration once the generator is exhausted.
async def letters():
    yield "a"
    yield ("tuple", 1)
    yield None
    yield StopIteration("as value")


gen = letters()
print(gen.__aiter__() is gen)
for step in range(5):
    awaitable = gen.__anext__()
    print(type(awaitable).__name__, awaitable.__await__() is awaitable, iter(awaitable) is awaitable)
    try:
        awaitable.send(None)
    except StopIteration as stop:
        print("yielded", repr(stop.value), stop.args)
    except StopAsyncIteration as stop:
        print("exhausted", repr(stop))
# __next__ is send(None)
again = letters()
try:
    next(again.__anext__())
except StopIteration as stop:
    print("next() ->", stop.value)
