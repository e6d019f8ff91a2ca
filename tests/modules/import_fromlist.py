# __import__(name, fromlist=...): a package imports the submodules named in
# fromlist (or in __all__, for "*"); non-string items are refused.
import sys

package = __import__("_getattr_pkg", fromlist=["counting", "nosuch"])
print(package.__name__, "counting" in package.__dict__, "_getattr_pkg.nosuch" in sys.modules)
try:
    __import__("_getattr_pkg", fromlist=[1])
except TypeError as error:
    print("TypeError:", error)
try:
    __import__("_getattr_pkg", fromlist=5)
except TypeError as error:
    print("TypeError:", error)
package.__all__ = ["extra", 3]
try:
    exec("from _getattr_pkg import *", {})
except TypeError as error:
    print("TypeError:", error)
print("extra imported first:", "_getattr_pkg.extra" in sys.modules)
# a plain module (no __path__) has no submodules to import
plain = __import__("_getattr_plain", fromlist=["anything"])
print(plain.__name__)
