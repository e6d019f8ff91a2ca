import inspect
def gen():
    try:
        print("started")
        yield 1
    finally:
        print("finally")

g = gen()
g.close()
print(inspect.getgeneratorstate(g))
print(list(g))
g.close()
g = gen()
print(list(g))
g.close()
g.close()
print(inspect.getgeneratorstate(g))
g = gen()
next(g)
g.close()
g.close()
print(inspect.getgeneratorstate(g))
