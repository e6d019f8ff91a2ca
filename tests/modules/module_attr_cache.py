# module.name is looked up again whenever the module's namespace changes: a cached
# lookup must never return a stale value.
import math
import types

m = types.ModuleType("m")
m.f = lambda: "first"


def call_f():
    return m.f()


def read_pi():
    return math.pi


print(call_f(), read_pi())
m.f = lambda: "second"
print(call_f())
m.extra = 1          # a new name moves nothing we cached, but must still be safe
print(call_f())
del m.f
try:
    call_f()
except AttributeError as e:
    print("AttributeError:", e)
m.__getattr__ = lambda name: "from __getattr__: " + name
print(m.f if hasattr(m, "f") else None)
m.f = lambda: "third"
print(call_f(), read_pi())
for i in range(3):
    m.f = (lambda i: lambda: i)(i)
    print(call_f(), end=" ")
print()
