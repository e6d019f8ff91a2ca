def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", repr(e))
        yield "recovered"
    yield "end"

g = gen()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
try:
    next(g)
except StopIteration:
    print("stopped")
