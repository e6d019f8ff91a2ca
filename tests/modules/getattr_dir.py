# PEP 562: dir(module) calls the module's own __dir__() if it has one, and sorts.
import _getattr_lazy as lazy
import _getattr_plain as plain
import types

print(dir(lazy))
print([name for name in dir(plain) if not name.startswith("__")])
print(dir(plain) == sorted(plain.__dict__))

# __dir__ may return any iterable; dir() always answers a sorted list
plain.__dir__ = lambda: ("b", "c", "a")
print(dir(plain))
plain.__dir__ = lambda: iter(["y", "x"])
print(dir(plain))
del plain.__dir__
print(dir(plain) == sorted(plain.__dict__))

# a module made at run time
module = types.ModuleType("made")
module.__dir__ = lambda: ["only", "these"]
print(dir(module))
module.__getattr__ = lambda name: name.upper()
print(module.hello, getattr(module, "x", None))

# the module type's own __dir__ method consults the hook too
print(sorted(types.ModuleType.__dir__(module)))
print(sorted(types.ModuleType.__dir__(plain)) == sorted(plain.__dict__))

try:
    plain.__dir__ = lambda: 42
    dir(plain)
except TypeError as error:
    print("TypeError:", error)
