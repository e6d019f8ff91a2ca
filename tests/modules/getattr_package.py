# PEP 562 in a package: names imported from submodules only when first used,
# and `from package import name` importing submodules the package lacks.
import sys
import _getattr_pkg as pkg

print(sorted(name for name in sys.modules if name.startswith("_getattr_pkg")))
counter = pkg.Counter()
print(type(counter).__name__, counter.n)
print(sorted(name for name in sys.modules if name.startswith("_getattr_pkg")))

from _getattr_pkg import double
print(double(21))

# a submodule nobody imported yet is imported by `from package import sub`
from _getattr_pkg import extra
print(extra.VALUE, pkg.extra is extra)

try:
    from _getattr_pkg import nothing
except ImportError as error:
    print(type(error).__name__, error.args[0].split(" (")[0], error.name)

try:
    pkg.nothing
except AttributeError as error:
    print("AttributeError:", error)
