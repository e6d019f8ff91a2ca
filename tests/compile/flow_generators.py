# Control flow inside generators, with-blocks, handlers; class keywords; while/else.
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self
    def __exit__(self, *a): print("exit", self.n, a[0]); return False
def f():
    for i in range(3):
        with CM(i):
            if i == 1:
                break
            print("body", i)
    return "f"
print(f())
def g():
    for i in range(3):
        with CM(i):
            continue
    with CM("x"):
        with CM("y"):
            return "nested-return"
print(g())
def gen():
    with CM("g"):
        try:
            yield 1
        except GeneratorExit:
            print("genexit")
            raise
        finally:
            print("gen finally")
it = gen()
next(it)
it.close()
def gen2():
    try:
        yield 1
    except ValueError as e:
        yield "handled " + str(e)
    finally:
        yield "in finally"
it = gen2()
print(next(it), it.throw(ValueError("boom")), next(it))
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        print("meta", name, kw)
        return super().__new__(m, name, bases, ns)
class X(object, metaclass=Meta, extra=1):
    pass
bases = (object,)
class Y(*bases): pass
print(Y.__bases__)
def outer():
    try:
        for x in [1, 2]:
            try:
                raise KeyError(x)
            except KeyError:
                if x == 2:
                    return "ret in handler"
                continue
            finally:
                print("inner fin", x)
    finally:
        print("outer fin")
print(outer())
def exc_swallow():
    try:
        try:
            1/0
        finally:
            return "swallowed"
    except ZeroDivisionError:
        return "not here"
print(exc_swallow())
import sys
def excinfo():
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise KeyError(2)
        except KeyError:
            pass
        print(sys.exc_info()[0])
    print(sys.exc_info()[0])
excinfo()
def while_else(n):
    while n > 0:
        n -= 1
        if n == 5: break
    else:
        return "exhausted"
    return "broke"
print(while_else(3), while_else(9))
for a, b in [(1, 2), (3, 4)]:
    print(a + b, end=" ")
print()
print([(a, b) for a, b in enumerate("xy")])
def yieldexpr():
    got = []
    while True:
        v = yield len(got)
        if v is None: break
        got.append(v)
    return got
y = yieldexpr(); next(y); y.send(1); y.send(2)
try: y.send(None)
except StopIteration as e: print(e.value)
def nested_gen():
    yield from (x * 2 for x in range(3))
    yield from range(2)
print(list(nested_gen()))
print(1 if 0 else 2 if 0 else 3, [1,2][-1], "abc"[::2], -5 // 2, 2 ** -1, 7 % -3)
