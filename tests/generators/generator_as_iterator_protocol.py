def gen():
    yield 1
    yield 2
g = gen()
print(iter(g) is g, g.__iter__() is g)
print(g.__next__(), next(g))
try:
    g.__next__()
except StopIteration as e:
    print("StopIteration", e.args)
print(hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"))
it = iter(gen())
print(list(it), list(it))
g = gen()
for x in g:
    print("loop", x)
    break
for x in g:
    print("second loop", x)
try:
    len(gen())
except TypeError as e:
    print("TypeError:", e)
try:
    gen()[0]
except TypeError as e:
    print("TypeError:", e)
print(bool(gen()))
