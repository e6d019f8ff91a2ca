def direct():
    yield 1
    raise StopIteration(5)

def via_next():
    it = iter([])
    yield 1
    next(it)

def subclass():
    class MyStop(StopIteration):
        pass
    yield 1
    raise MyStop("mine")

for f in (direct, via_next, subclass):
    g = f()
    next(g)
    try:
        next(g)
    except RuntimeError as e:
        print(f.__name__, type(e).__name__, e)
        print("  cause", repr(e.__cause__), "context is cause:", e.__context__ is e.__cause__)
    print("  after:", list(g))

def caught():
    try:
        next(iter(()))
    except StopIteration:
        yield "caught inside is fine"

print(list(caught()))

def genexp_stop():
    return list(next(iter([])) for _ in range(1))
try:
    genexp_stop()
except RuntimeError as e:
    print("genexpr:", e)
