# Scopes: closures, nonlocal, class bodies invisible to methods, __class__, mangling.
def f():
    x = "fx"
    class C:
        x = "cx"
        def m(self):
            return x
        print(x)
    return C().m()
print(f())
def g():
    y = 1
    class D:
        print(y)
        def m(self): return y
    return D().m()
print(g())
def h():
    class E:
        def m(self): return __class__.__name__
        print(__qualname__, __module__)
    return E().m()
print(h())
def k(a):
    def inner():
        a = 5
        return a
    return inner() + a
print(k(1))
x = "global"
class G:
    x = "class"
    y = [x for _ in range(1)]
    z = (lambda: x)()
print(G.y, G.z)
def gen_scope():
    return [lambda: i for i in range(3)]
print([f() for f in gen_scope()])
def fn():
    def rec(n): return 1 if n == 0 else n * rec(n - 1)
    return rec(5)
print(fn())
def comp_nested():
    return [[i * j for j in range(i)] for i in range(4)]
print(comp_nested())
def comp_captures(n):
    return [(lambda: n * i)() for i in range(3)]
print(comp_captures(2))

def argcell(a, b):
    def f(): return a + b
    return f
print(argcell(1, 2)())
print(argcell.__code__.co_varnames, argcell(1,2).__code__.co_freevars, argcell.__code__.co_cellvars)
def loc():
    a = 1
    def g(): return a
    b = 2
    return g
print(loc.__code__.co_varnames, loc.__code__.co_cellvars, loc.__code__.co_nlocals, loc.__code__.co_flags)
def genf(): yield
print(genf.__code__.co_flags, (lambda: 0).__code__.co_name, genf.__code__.co_qualname)
class Q:
    def meth(self):
        def inner(): pass
        return inner
print(Q().meth().__qualname__, Q.meth.__qualname__)
x = 5
def shadow():
    print(x)
shadow()
def unbound():
    print(x)
    x = 1
try:
    unbound()
except UnboundLocalError as e:
    print(e)
def de():
    v = 1
    del v
    try:
        print(v)
    except UnboundLocalError as e:
        print(e)
de()
def docd():
    "the doc"
    return 1
print(docd.__doc__, shadow.__doc__)
class DC:
    "class doc"
