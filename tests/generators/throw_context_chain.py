# A generator that raises while handling a thrown exception chains it as __context__.
def gen():
    try:
        yield 1
    except ValueError:
        raise KeyError("while handling")

g = gen()
next(g)
try:
    g.throw(ValueError("thrown"))
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

def gen2():
    try:
        yield 1
    finally:
        raise RuntimeError("in finally")

g = gen2()
next(g)
try:
    g.throw(ZeroDivisionError("z"))
except RuntimeError as e:
    print(repr(e), repr(e.__context__))

def gen3():
    try:
        yield 1
    except ValueError as v:
        raise TypeError("explicit") from None

g = gen3()
next(g)
try:
    g.throw(ValueError)
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__suppress_context__)
