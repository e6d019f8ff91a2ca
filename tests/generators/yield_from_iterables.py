def g():
    yield from [1, 2]
    yield from "ab"
    yield from range(3, 6)
    yield from {"k1": 1, "k2": 2}
    yield from (x * 10 for x in range(2))
    yield from ()
    yield from {7}
    yield from b"AB"
    r = yield from []
    yield ("empty result", r)
    r = yield from [9]
    yield ("list result", r)

print(list(g()))
def empty():
    return "E"
    yield
def w():
    r = yield from empty()
    yield r
print(list(w()))
