import inspect
def gen(a, b=2):
    c = a + b
    yield c
    d = [c]
    del a
    yield d

g = gen(1)
print(inspect.getgeneratorlocals(g))
next(g)
print(inspect.getgeneratorlocals(g))
next(g)
print(sorted(inspect.getgeneratorlocals(g).items()))
list(g)
print(inspect.getgeneratorlocals(g))
try:
    inspect.getgeneratorlocals(5)
except TypeError as e:
    print("TypeError:", e)
