# Throwing into a generator that has not started raises at once and closes it.
import inspect
def gen():
    print("never runs")
    try:
        yield 1
    except ValueError:
        yield "caught"

g = gen()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("raised:", e)
print(inspect.getgeneratorstate(g))
print(list(g))
try:
    next(g)
except StopIteration:
    print("stop")
