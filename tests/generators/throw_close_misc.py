# throw/close corner cases: GeneratorExit at creation, context of errors in finally,
# f_lineno after throw, the same instance thrown twice, getgeneratorstate on non-generators.
import inspect
def g():
    yield 1
x = g()
try:
    x.throw(GeneratorExit)
except GeneratorExit as e:
    print("created GeneratorExit", repr(e), inspect.getgeneratorstate(x))
def f():
    try:
        yield 1
    finally:
        raise ValueError("fin")
y = f(); next(y)
try:
    y.close()
except ValueError as e:
    print(repr(e), repr(e.__context__))
try:
    inspect.getgeneratorstate(5)
except Exception as e:
    print(type(e).__name__, e)
try:
    inspect.getgeneratorstate(iter([]))
except Exception as e:
    print(type(e).__name__, e)
def lines():
    try:
        yield 1
    except KeyError:
        yield 2
l = lines(); next(l); print(l.gi_frame.f_lineno); l.throw(KeyError); print(l.gi_frame.f_lineno)
exc = ValueError("same")
def catch_all():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e is exc)
c = catch_all(); next(c); c.throw(exc); c.throw(exc)
def ctx():
    try:
        yield
    except ValueError:
        try:
            yield "in handler"
        finally:
            pass
        raise TypeError("after")
z = ctx(); next(z); print(z.throw(ValueError("first")))
try:
    next(z)
except TypeError as e:
    print(repr(e), repr(e.__context__))
