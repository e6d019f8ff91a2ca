# PEP 562: a module's __getattr__(name) is called when normal lookup misses.
import _getattr_lazy as lazy
import _getattr_plain as plain

print(lazy.eager, lazy.lazy_one, lazy.lazy_two, lazy.lazy_two)
print(lazy.calls)  # lazy_two was cached in the module's globals: asked once
print(lazy.__dict__.get("lazy_two"), "lazy_one" in lazy.__dict__)

# found names, __dict__, __class__ and the module type's methods never reach the hook
print(type(lazy.__dict__).__name__, lazy.__class__.__name__, lazy.__repr__()[:22])
print(lazy.__getattr__.__name__, lazy.calls)

try:
    lazy.missing
except AttributeError as error:
    print("AttributeError:", error)
try:
    lazy.broken
except ValueError as error:
    print("ValueError:", error)

# getattr with a default and hasattr swallow only AttributeError
print(hasattr(lazy, "lazy_three"), hasattr(lazy, "nope"), getattr(lazy, "nope", "default"))
try:
    hasattr(lazy, "broken")
except ValueError as error:
    print("hasattr lets ValueError through:", error)
print(lazy.calls)

# a module without the hook, then with one added and removed at run time
try:
    plain.y
except AttributeError as error:
    print(error)
plain.__getattr__ = lambda name: "made " + name
print(plain.y, plain.z)
del plain.__getattr__
print(hasattr(plain, "y"))
