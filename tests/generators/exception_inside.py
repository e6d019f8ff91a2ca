def gen():
    yield 1
    1 / 0
    yield 2

g = gen()
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("caught", e)
print(list(g))

def handler():
    try:
        yield 1
        raise KeyError("x")
    except KeyError:
        yield "handled"
print(list(handler()))
