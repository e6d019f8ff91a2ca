import types
async def f(x):
    return x * 2

async def g():
    y = await f(21)
    print("g got", y)
    return y + 1

c = g()
print(type(c).__name__, repr(c).startswith("<coroutine object g at 0x"))
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

class Awaitable:
    def __await__(self):
        v = yield "from __await__"
        return v

async def h():
    r = await Awaitable()
    return r

k = h()
print(k.send(None))
try:
    k.send("sent in")
except StopIteration as e:
    print("h returned", e.value)

async def bad():
    await 42
try:
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)

class AIter:
    def __init__(self): self.n = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.n += 1
        if self.n > 3: raise StopAsyncIteration
        return self.n

class ACM:
    async def __aenter__(self):
        print("enter"); return "cm"
    async def __aexit__(self, *exc):
        print("exit", exc[0]); return False

async def main():
    async for v in AIter():
        print("v", v)
    async with ACM() as c:
        print("inside", c)
    return "done"

m = main()
try:
    m.send(None)
except StopIteration as e:
    print(e.value)
w = f(5).__await__()
try:
    next(w)
except StopIteration as e:
    print("wrapper", e.value)
def plain():
    coro = f(1)
    try:
        yield from coro
    finally:
        coro.close()
try:
    list(plain())
except TypeError as e:
    print(e)
