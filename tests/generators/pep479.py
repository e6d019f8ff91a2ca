def gen():
    yield 1
    raise StopIteration("oops")

g = gen()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__))

def inner_next():
    it = iter([])
    yield next(it)
try:
    list(inner_next())
except RuntimeError as e:
    print(e)
