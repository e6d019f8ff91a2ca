# Errors from misusing generator objects: attributes, construction, subclassing, arity.
import types
def gen():
    x = 1
    yield x
g = gen()
next(g)
print(g.gi_frame.f_locals)
try:
    g.foo = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    g.gi_running = True
except AttributeError as e:
    print("AttributeError:", e)
try:
    types.GeneratorType()
except TypeError as e:
    print("TypeError:", e)
try:
    class X(types.GeneratorType): pass
except TypeError as e:
    print("TypeError:", e)
print(g == g, g != gen(), hash(g) == hash(g))
try:
    g < g
except TypeError as e:
    print("TypeError:", e)
try:
    next(gen)
except TypeError as e:
    print("TypeError:", e)
try:
    g.send()
except TypeError as e:
    print("TypeError:", e)
try:
    g.send(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    g.throw()
except TypeError as e:
    print("TypeError:", e)
try:
    g.close(1)
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError("x")
except ValueError as e:
    tb = e.__traceback__
def catcher():
    try:
        yield
    except ValueError as e:
        print("caught with tb", e.__traceback__ is not None)
        yield "ok"
c = catcher(); next(c)
print(c.throw(ValueError, ValueError("y"), tb))
