# Throwing StopIteration into a running generator: it is raised inside,
# so PEP 479 turns it into RuntimeError if it escapes.
def gen():
    yield 1
    yield 2

g = gen()
next(g)
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__)
except StopIteration:
    print("StopIteration escaped")

def catcher():
    try:
        yield 1
    except StopIteration as e:
        print("caught inside", repr(e))
        yield "after"

g = catcher()
next(g)
print(g.throw(StopIteration("v")))

def ge():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit via throw")
        yield "still alive"

g = ge()
next(g)
print(g.throw(GeneratorExit))
g2 = gen()
next(g2)
try:
    g2.throw(GeneratorExit)
except GeneratorExit as e:
    print("GeneratorExit propagated", repr(e))
print(list(g2))
