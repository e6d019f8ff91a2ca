"""Helper for getattr_*.py: a module that makes some attributes on demand (PEP 562)."""
calls = []  # every name __getattr__ was asked for, in order
eager = "eager"
__all__ = ["eager", "lazy_one"]


def __getattr__(name):
    calls.append(name)
    if name == "lazy_one":
        return 1  # not cached: asked again every time
    if name.startswith("lazy_"):
        value = len(name)
        globals()[name] = value  # cached: the next lookup finds it in the module
        return value
    if name == "broken":
        raise ValueError("broken is broken")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return ["zeta", "eager", "alpha", "lazy_one"]
