def my_gen():
    yield 1
g = my_gen()
print(repr(g).startswith("<generator object my_gen at 0x"))
print(g.__name__, g.__qualname__)
print(g.gi_code.co_name)
print(g.gi_running)
class C:
    def method(self):
        yield self
m = C().method()
print(m.__qualname__)
print(repr(m).startswith("<generator object C.method at "))
print(iter(g) is g)
