import inspect
import types
def f(a, b=1):
    pass
def g():
    yield 1
async def c():
    pass
class K:
    def m(self):
        pass
gen = g()
print(inspect.isfunction(f), inspect.isfunction(len), inspect.isbuiltin(len), inspect.isclass(K), inspect.isclass(K()))
print(inspect.ismethod(K().m), inspect.ismethod(f), inspect.isgeneratorfunction(g), inspect.isgeneratorfunction(f), inspect.isgenerator(gen))
print(inspect.iscoroutinefunction(c), inspect.iscoroutinefunction(f), inspect.ismodule(inspect), inspect.isroutine(len), inspect.isroutine(f))
print(inspect.getgeneratorstate(gen))
next(gen)
print(inspect.getgeneratorstate(gen), inspect.getgeneratorlocals(gen))
list(gen)
print(inspect.getgeneratorstate(gen))
co = c()
print(inspect.iscoroutine(co), inspect.isawaitable(co), inspect.getcoroutinestate(co))
co.close()
print(inspect.getcoroutinestate(co))
