def gen():
    yield 1
    return "result"

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value, e.args)

def empty():
    return 7
    yield
try:
    next(empty())
except StopIteration as e:
    print(repr(e), e.value)
