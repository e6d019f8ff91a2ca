"""collections.abc — the abstract container interfaces (Iterable, Mapping, ...).

Each class is both a base class with mixin methods (subclass Mapping, define
__getitem__, __iter__ and __len__, get keys/items/get/__contains__ for free)
and, through its metaclass, an isinstance test: a type counts as an Iterable
when it (or a base) defines __iter__, as a Sequence or Mapping when it is a
registered built-in or a subclass. isinstance consults the metaclass's
__instancecheck__ only where the interpreter supports that hook.
"""


class _ABCMeta(type):
    """Structural isinstance/issubclass: the class's _required methods, or a
    registered (or real) subclass."""

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if cls in getattr(subclass, "__mro__", ()):
            return True
        for registered in cls._registry:
            if registered in getattr(subclass, "__mro__", ()):
                return True
        required = cls.__dict__.get("_required")
        if not required:
            return False
        for name in required:
            for base in subclass.__mro__:
                if name in base.__dict__:
                    if base.__dict__[name] is None:
                        return False
                    break
            else:
                return False
        return True

    def register(cls, subclass):
        cls._registry.append(subclass)
        return subclass


class _Base(metaclass=_ABCMeta):
    _registry = []


def _abc(name, bases, required=(), namespace=None):
    namespace = dict(namespace or {})
    namespace["_required"] = required
    namespace["_registry"] = []
    namespace["__module__"] = "collections.abc"
    return _ABCMeta(name, bases, namespace)


Hashable = _abc("Hashable", (_Base,), ("__hash__",))
Awaitable = _abc("Awaitable", (_Base,), ("__await__",))
AsyncIterable = _abc("AsyncIterable", (_Base,), ("__aiter__",))
AsyncIterator = _abc("AsyncIterator", (AsyncIterable,), ("__aiter__", "__anext__"), {"__aiter__": lambda self: self})
Coroutine = _abc("Coroutine", (Awaitable,), ("__await__", "send", "throw", "close"))
Iterable = _abc("Iterable", (_Base,), ("__iter__",))
Iterator = _abc("Iterator", (Iterable,), ("__iter__", "__next__"), {"__iter__": lambda self: self})
Reversible = _abc("Reversible", (Iterable,), ("__reversed__", "__iter__"))
Generator = _abc("Generator", (Iterator,), ("__iter__", "__next__", "send", "throw", "close"))
Sized = _abc("Sized", (_Base,), ("__len__",))
Container = _abc("Container", (_Base,), ("__contains__",))
Callable = _abc("Callable", (_Base,), ("__call__",))
Collection = _abc("Collection", (Sized, Iterable, Container), ("__len__", "__iter__", "__contains__"))


class AsyncGenerator(AsyncIterator):
    """Mixins from asend and athrow: __anext__ and aclose."""
    _required = ("__aiter__", "__anext__", "asend", "athrow", "aclose")
    _registry = []
    __module__ = "collections.abc"

    async def __anext__(self):
        return await self.asend(None)

    async def aclose(self):
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            pass
        else:
            raise RuntimeError("asynchronous generator ignored GeneratorExit")


class Sequence(Reversible, Collection):
    """Mixins from __getitem__ and __len__: __contains__, __iter__, __reversed__, index, count."""
    _required = ()
    _registry = [tuple, str, range, list]
    __module__ = "collections.abc"

    def __iter__(self):
        i = 0
        try:
            while True:
                yield self[i]
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        return any(item is value or item == value for item in self)

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        stop = len(self) if stop is None else stop
        for i in range(start, stop):
            if self[i] is value or self[i] == value:
                return i
        raise ValueError

    def count(self, value):
        return sum(1 for item in self if item is value or item == value)


class MutableSequence(Sequence):
    """Mixins from __getitem__, __setitem__, __delitem__, __len__ and insert."""
    _registry = [list]

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        while len(self):
            self.pop()

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        for value in list(values):
            self.append(value)

    def pop(self, index=-1):
        value = self[index]
        del self[index]
        return value

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


class Set(Collection):
    """Mixins from __contains__, __iter__ and __len__: comparisons and isdisjoint."""
    _required = ()
    _registry = [set, frozenset]
    __module__ = "collections.abc"

    def __le__(self, other):
        return len(self) <= len(other) and all(item in other for item in self)

    def __ge__(self, other):
        return len(self) >= len(other) and all(item in self for item in other)

    def __lt__(self, other):
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        return len(self) > len(other) and self.__ge__(other)

    def __eq__(self, other):
        return len(self) == len(other) and self.__le__(other)

    def isdisjoint(self, other):
        return not any(item in self for item in other)


class MutableSet(Set):
    _registry = [set]

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        for value in self:
            self.discard(value)
            return value
        raise KeyError

    def clear(self):
        for value in list(self):
            self.discard(value)


class Mapping(Collection):
    """Mixins from __getitem__, __iter__ and __len__: get, keys, items, values, __contains__, __eq__."""
    _required = ()
    _registry = [dict]
    __module__ = "collections.abc"

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        return list(self)

    def items(self):
        return [(key, self[key]) for key in self]

    def values(self):
        return [self[key] for key in self]

    def __eq__(self, other):
        if not isinstance(other, (Mapping, dict)):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


class MutableMapping(Mapping):
    """Mixins from the Mapping ones plus __setitem__ and __delitem__."""
    _registry = [dict]

    _marker = object()

    def pop(self, key, default=_marker):
        try:
            value = self[key]
        except KeyError:
            if default is self._marker:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        for key in self:
            value = self[key]
            del self[key]
            return key, value
        raise KeyError

    def clear(self):
        for key in list(self):
            del self[key]

    def update(self, other=(), /, **kwds):
        if hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


MappingView = _abc("MappingView", (Sized,), ("__len__",))
KeysView = _abc("KeysView", (MappingView, Set))
ItemsView = _abc("ItemsView", (MappingView, Set))
ValuesView = _abc("ValuesView", (MappingView, Collection))
ByteString = _abc("ByteString", (Sequence,))
