import inspect
def gen():
    print("inside:", inspect.getgeneratorstate(g), g.gi_running)
    x = yield 1
    print("inside again:", inspect.getgeneratorstate(g))
    yield x

g = gen()
print(inspect.getgeneratorstate(g), g.gi_running)
print(next(g))
print(inspect.getgeneratorstate(g), g.gi_running)
print(g.send("s"))
print(inspect.getgeneratorstate(g))
print(list(g))
print(inspect.getgeneratorstate(g), g.gi_running)
g = gen()
g.close()
print("closed at creation:", inspect.getgeneratorstate(g))
