# A with block around yield: __exit__ runs on normal end, on throw and on close.
class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.swallow

def gen(name, swallow=False):
    with CM(name, swallow) as n:
        yield n + "-1"
        yield n + "-2"
    yield "after with"

print(list(gen("a")))
g = gen("b")
next(g)
g.close()
g = gen("c", swallow=True)
next(g)
print(g.throw(ValueError))
g = gen("d")
next(g)
try:
    g.throw(KeyError("k"))
except KeyError:
    print("KeyError escaped")
g = gen("e", swallow=True)
next(g)
try:
    g.close()
    print("close completed")
except RuntimeError as e:
    print("RuntimeError:", e)
