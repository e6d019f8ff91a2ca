"""Helper package for getattr_package.py: its names come from submodules,
imported only when first asked for — the way the asyncio package offers
Lock or wait without importing them at start-up."""
import sys

_where = {"Counter": "counting", "double": "doubling"}
__all__ = ["Counter", "double", "extra"]


def __getattr__(name):
    if name in _where:
        module_name = __name__ + "." + _where[name]
        __import__(module_name)
        value = getattr(sys.modules[module_name], name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
