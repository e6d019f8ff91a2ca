import inspect
def gf():
    yield
def plain():
    return 1
lam = lambda: (yield)
plain_lam = lambda: 1
class C:
    def m(self):
        yield self
    @staticmethod
    def s():
        yield 1
    @classmethod
    def c(cls):
        yield cls
    def plain(self):
        return (x for x in ())

for f in (gf, plain, lam, plain_lam, C.m, C().m, C.s, C.c, C().plain, len):
    print(getattr(f, "__qualname__", f), inspect.isgeneratorfunction(f))
print(inspect.isgenerator(gf()), inspect.isgenerator(plain()), inspect.isgenerator(x for x in ()))
print(inspect.isgenerator(iter([])), inspect.isgenerator(C().plain()), inspect.isgenerator(gf))
print(inspect.isgenerator(C().m()), inspect.isgenerator(lam()))
import types
print(isinstance(gf(), types.GeneratorType), type(gf()) is type(x for x in ""))
print(type(gf()).__name__, type(gf()))
