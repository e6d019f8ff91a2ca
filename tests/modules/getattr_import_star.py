# `from package import *` imports the submodules its __all__ names, and asks
# the package's __getattr__ for the names it computes.
import sys

from _getattr_pkg import *

print(Counter.__name__, double(4), extra.VALUE)
print(sorted(name for name in sys.modules if name.startswith("_getattr_pkg.")))
