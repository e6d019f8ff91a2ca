# A lambda generator returns its body's value: it becomes StopIteration.value.
def inner():
    yield 1
    return "inner-ret"
f = lambda: (yield from inner())
g = f()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("lambda yield from value:", e.value)
h = lambda: ((yield 1), (yield 2))[1] * 3
g = h(); next(g); g.send(0)
try:
    g.send(5)
except StopIteration as e:
    print("value:", e.value)
def normal():
    return (yield 7)
g = normal(); next(g)
try:
    g.send("nv")
except StopIteration as e:
    print("def value:", e.value)
