# Throwing an exception caught earlier keeps its old traceback entries after the new ones.
def make_error():
    raise ValueError("made earlier")

try:
    make_error()
except ValueError as e:
    saved = e

def gen():
    yield 1

g = gen()
next(g)
g.throw(saved)
