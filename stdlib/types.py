"""types — names for the built-in types, as CPython's types module gives them.

Most of these types have no name in builtins; the module finds each one by
making an object of it and asking type().
"""
import sys


def _function():
    pass


def _generator():
    yield 1


async def _coroutine():
    pass


class _Class:
    def _method(self):
        pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
CodeType = type(_function.__code__)
GeneratorType = type(_generator())
_c = _coroutine()
CoroutineType = type(_c)
_c.close()  # never awaited on purpose: close it so no warning is printed
del _c
async def _async_generator():
    yield 1


AsyncGeneratorType = type(_async_generator())
del _async_generator
MethodType = type(_Class()._method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)


def _traceback_type():
    try:
        raise TypeError
    except TypeError as error:
        return type(error.__traceback__)


TracebackType = _traceback_type()
del _traceback_type


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class the way a class statement would: type(name, bases, ns),
    with exec_body(ns) filling the namespace first."""
    kwds = dict(kwds or {})
    meta = kwds.pop("metaclass", type)
    namespace = {}
    if exec_body is not None:
        exec_body(namespace)
    return meta(name, tuple(bases), namespace, **kwds)


_repr_running = set()  # ids of namespaces whose repr is being built (for recursion)


class MappingProxyType:
    """A read-only view of a mapping."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __eq__(self, other):
        return self._mapping == other

    def __repr__(self):
        return f"mappingproxy({self._mapping!r})"

    def __str__(self):
        return str(self._mapping)


class SimpleNamespace:
    """A plain object whose attributes are given as keyword arguments."""

    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        if id(self) in _repr_running:
            return f"{name}(...)"
        _repr_running.add(id(self))
        try:
            items = ", ".join(f"{key}={value!r}" for key, value in self.__dict__.items())
        finally:
            _repr_running.discard(id(self))
        return f"{name}({items})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __hash__(self):
        raise TypeError("unhashable type: 'types.SimpleNamespace'")


def coroutine(func):
    """Make a generator function awaitable (the bridge from yield-from
    coroutines to async/await): generators it returns can be awaited."""
    import _coroutines
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    code = getattr(func, "__code__", None)
    if code is not None and code.co_flags & 0x20:  # CO_GENERATOR
        return _coroutines.mark_iterable_coroutine(func)
    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if isinstance(result, CoroutineType):
            return result
        if isinstance(result, GeneratorType) and result.gi_code.co_flags & 0x100:
            return result
        return result
    return wrapped


del sys
