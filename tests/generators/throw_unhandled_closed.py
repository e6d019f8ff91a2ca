import inspect
def gen():
    try:
        yield 1
    finally:
        print("finally runs")
    yield 2

g = gen()
next(g)
try:
    g.throw(IndexError("boom"))
except IndexError as e:
    print("propagated:", e)
print(inspect.getgeneratorstate(g))
print(g.gi_frame)
try:
    next(g)
except StopIteration:
    print("closed: StopIteration")
try:
    g.throw(IndexError("again"))
except IndexError as e:
    print("finished generator re-raises:", e)
g.close()
print("close ok")
