def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield "inner recovered"
    return "inner result"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield "outer end"

g = outer()
print(next(g))
print(g.throw(ValueError("x")))
print(next(g))

def inner2():
    yield 1
def outer2():
    try:
        yield from inner2()
    except KeyError as e:
        print("outer caught", repr(e))
        yield "handled"
g2 = outer2()
next(g2)
print(g2.throw(KeyError("k")))
