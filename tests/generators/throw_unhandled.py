def gen():
    yield 1
    yield 2

g = gen()
next(g)
try:
    g.throw(ZeroDivisionError("inner"))
except ZeroDivisionError as e:
    print("propagated", e)
try:
    next(g)
except StopIteration:
    print("generator is closed now")

h = gen()
try:
    h.throw(ValueError("before start"))
except ValueError as e:
    print("at created:", e)
print(list(h))
