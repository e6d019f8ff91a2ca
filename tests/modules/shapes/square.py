# Helper submodule: uses a relative import of its package.
from . import DEFAULT_SIDE
def area(side=DEFAULT_SIDE):
    return side * side
