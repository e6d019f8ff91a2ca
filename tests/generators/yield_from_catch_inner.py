def inner():
    yield 1
    raise ValueError("inner failed")

def outer():
    try:
        yield from inner()
    except ValueError as e:
        print("outer caught:", e)
        yield "recovered"
    yield "end"

print(list(outer()))

def raiser():
    raise KeyError("at start")
    yield

def outer2():
    try:
        yield from raiser()
    except KeyError as e:
        yield "caught " + repr(e)

print(list(outer2()))

def outer3():
    yield from inner()

g = outer3()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("propagates:", e)
print(list(g))
