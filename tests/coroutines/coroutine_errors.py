async def answer():
    return 42

c = answer()
try:
    c.send(1)
except TypeError as e:
    print("TypeError:", e)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
never = answer()
try:
    iter(never)
except TypeError as e:
    print("TypeError:", e)
never.close()

async def raiser():
    raise StopIteration("inside")
r = raiser()
try:
    r.send(None)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

class NotAwaitable:
    def __await__(self):
        return 5
async def use(x):
    return await x
for value in [NotAwaitable(), 3, "text"]:
    u = use(value)
    try:
        u.send(None)
    except TypeError as e:
        print("TypeError:", e)

async def inner():
    return "inner"
async def outer():
    coro = inner()
    first = await coro
    try:
        await coro
    except RuntimeError as e:
        return (first, str(e))
o = outer()
try:
    o.send(None)
except StopIteration as e:
    print(e.value)

class AsyncCM:
    async def __aenter__(self):
        return self
    async def __aexit__(self, t, v, tb):
        print("aexit saw", t.__name__ if t else None)
        return True
async def suppressed():
    async with AsyncCM():
        raise ValueError("hidden")
    return "suppressed"
s = suppressed()
try:
    s.send(None)
except StopIteration as e:
    print(e.value)

async def bad_with():
    async with object():
        pass
b = bad_with()
try:
    b.send(None)
except TypeError as e:
    print("TypeError:", e)

async def bad_for():
    async for x in [1, 2]:
        pass
f = bad_for()
try:
    f.send(None)
except TypeError as e:
    print("TypeError:", e)
