"""types — names for the built-in types, as CPython's types module gives them.

Most of these types have no name in builtins; the module finds each one by
making an object of it and asking type().
"""
import sys


def _function():
    pass


def _generator():
    yield 1


class _Class:
    def _method(self):
        pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
CodeType = type(_function.__code__)
GeneratorType = type(_generator())
MethodType = type(_Class()._method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)


class SimpleNamespace:
    """A plain object whose attributes are given as keyword arguments."""

    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __repr__(self):
        items = ", ".join(f"{name}={value!r}" for name, value in self.__dict__.items())
        return f"namespace({items})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


del sys
