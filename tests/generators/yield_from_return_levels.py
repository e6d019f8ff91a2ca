def leaf(tag):
    yield tag
    return (tag, "leaf")

def mid(tag):
    a = yield from leaf(tag + "1")
    b = yield from leaf(tag + "2")
    return [a, b]

def top():
    x = yield from mid("m")
    y = yield from mid("n")
    return {"x": x, "y": y}

g = top()
out = []
try:
    while True:
        out.append(next(g))
except StopIteration as e:
    print(out)
    print(e.value)

def chain(n):
    if n == 0:
        return 0
        yield
    v = yield from chain(n - 1)
    return v + n
try:
    next(chain(50))
except StopIteration as e:
    print("sum", e.value)
