# A plain generator cannot yield from a native coroutine; it can from a
# types.coroutine generator-based coroutine, and from an iterable it received by send.
import types
async def coro():
    return 1
co = coro()
def gen():
    yield from co
g = gen()
try:
    next(g)
except TypeError as e:
    print("TypeError:", e)
co.close()

@types.coroutine
def gcoro():
    yield "from gcoro"
    return "gcoro result"
def gen2():
    r = yield from gcoro()
    yield r
print(list(gen2()))

def gen3():
    x = yield from (yield "inner iterable?")
    yield x
g = gen3()
print(next(g))
print(g.send(iter([1, 2])))
print(next(g), next(g))
