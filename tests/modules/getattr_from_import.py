# PEP 562: `from m import name` also asks m's __getattr__.
import _getattr_lazy as lazy
import os

from _getattr_lazy import lazy_one, lazy_four, eager
print(lazy_one, lazy_four, eager)
print(lazy.calls)

try:
    from _getattr_lazy import missing
except ImportError as error:
    print(type(error).__name__, error.args[0].split(" (")[0])
    print(error.name, os.path.basename(error.path))
    print(type(error.__context__).__name__)  # the hook's AttributeError

try:
    from _getattr_lazy import broken
except ValueError as error:
    print("ValueError:", error)

# import * uses __all__, so it asks the hook for lazy_one too
namespace = {}
exec("from _getattr_lazy import *", namespace)
print(sorted(name for name in namespace if name != "__builtins__"))
print(lazy.calls)
