"""collections — container types beyond list, dict and tuple.

  deque        a double-ended queue: append and pop at both ends in O(1)
  namedtuple   tuple classes whose items also have names (p.x, p.y)
  defaultdict  a dict that makes a missing value with a factory
  Counter      a dict that counts things
  OrderedDict  a dict that can move keys to either end
  ChainMap     several dicts searched in order as one
"""


_repr_running = set()  # ids of containers whose repr is being built (shows [...] on recursion)


class deque:
    """deque([iterable[, maxlen]]): a ring buffer that grows as needed.

    The items live in a list used as a circle: `_head` is the index of the
    first item and `_size` how many there are, so adding or removing at
    either end moves no other item.
    """

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._items = [None] * 8
        self._head = 0
        self._size = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _grow(self):
        old = list(self)
        self._items = old + [None] * (len(old) + 8)
        self._head = 0

    def _slot(self, index):
        return (self._head + index) % len(self._items)

    def append(self, item):
        if self._maxlen == 0:
            return
        if self._maxlen is not None and self._size == self._maxlen:
            self.popleft()
        if self._size == len(self._items):
            self._grow()
        self._items[self._slot(self._size)] = item
        self._size += 1

    def appendleft(self, item):
        if self._maxlen == 0:
            return
        if self._maxlen is not None and self._size == self._maxlen:
            self.pop()
        if self._size == len(self._items):
            self._grow()
        self._head = (self._head - 1) % len(self._items)
        self._items[self._head] = item
        self._size += 1

    def pop(self):
        if not self._size:
            raise IndexError("pop from an empty deque")
        self._size -= 1
        slot = self._slot(self._size)
        item = self._items[slot]
        self._items[slot] = None
        return item

    def popleft(self):
        if not self._size:
            raise IndexError("pop from an empty deque")
        item = self._items[self._head]
        self._items[self._head] = None
        self._head = (self._head + 1) % len(self._items)
        self._size -= 1
        return item

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for item in iterable:
            self.append(item)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for item in iterable:
            self.appendleft(item)

    def clear(self):
        self._items = [None] * 8
        self._head = 0
        self._size = 0

    def rotate(self, n=1):
        if not isinstance(n, int):
            raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
        if not self._size:
            return
        n %= self._size
        for _ in range(n):
            self.appendleft(self.pop())

    def count(self, value):
        return sum(1 for item in self if item is value or item == value)

    def index(self, value, start=0, stop=None):
        items = list(self)
        for i in range(start, len(items) if stop is None else min(stop, len(items))):
            if items[i] is value or items[i] == value:
                return i
        raise ValueError(f"{value!r} is not in deque")

    def remove(self, value):
        items = list(self)
        for i, item in enumerate(items):
            if item is value or item == value:
                del items[i]
                self.clear()
                self.extend(items)
                return
        raise ValueError(f"{value!r} is not in deque")

    def insert(self, index, value):
        if self._maxlen is not None and self._size == self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = list(self)
        items.insert(index, value)
        self.clear()
        self.extend(items)

    def reverse(self):
        items = list(self)
        items.reverse()
        self.clear()
        self.extend(items)

    def copy(self):
        return deque(self, self._maxlen)

    def __copy__(self):
        return self.copy()

    def __len__(self):
        return self._size

    def __bool__(self):
        return self._size > 0

    def __iter__(self):
        for i in range(self._size):
            yield self._items[self._slot(i)]

    def __reversed__(self):
        for i in range(self._size - 1, -1, -1):
            yield self._items[self._slot(i)]

    def _check_index(self, index):
        if not isinstance(index, int):
            raise TypeError(f"sequence index must be integer, not '{type(index).__name__}'")
        if index < 0:
            index += self._size
        if not 0 <= index < self._size:
            raise IndexError("deque index out of range")
        return index

    def __getitem__(self, index):
        return self._items[self._slot(self._check_index(index))]

    def __setitem__(self, index, value):
        self._items[self._slot(self._check_index(index))] = value

    def __delitem__(self, index):
        index = self._check_index(index)
        items = list(self)
        del items[index]
        self.clear()
        self.extend(items)

    def __contains__(self, value):
        for item in self:
            if item is value or item == value:
                return True
        return False

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) == list(other)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(list(other))
        return self

    def __mul__(self, count):
        if not isinstance(count, int):
            return NotImplemented
        result = deque((), self._maxlen)
        items = list(self)
        for _ in range(count):
            result.extend(items)
        return result

    __rmul__ = __mul__

    def __imul__(self, count):
        if not isinstance(count, int):
            return NotImplemented
        items = list(self)
        self.clear()
        for _ in range(count):
            self.extend(items)
        return self

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(list(self), list(other))

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __repr__(self):
        if id(self) in _repr_running:
            return "[...]"
        _repr_running.add(id(self))
        try:
            items = repr(list(self))
        finally:
            _repr_running.discard(id(self))
        if self._maxlen is None:
            return f"{type(self).__name__}({items})"
        return f"{type(self).__name__}({items}, maxlen={self._maxlen})"

    def __hash__(self):
        raise TypeError("unhashable type: 'collections.deque'")


class defaultdict(dict):
    """defaultdict(factory, ...): d[missing] becomes factory()."""

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def copy(self):
        return defaultdict(self.default_factory, self)

    def __repr__(self):
        factory = self.default_factory
        factory_repr = "None" if factory is None else repr(factory)
        return f"defaultdict({factory_repr}, {dict.__repr__(self)})"


class OrderedDict(dict):
    """A dict with move_to_end and popitem(last=...)."""

    def move_to_end(self, key, last=True):
        value = self.pop(key)
        if last:
            self[key] = value
        else:
            rest = list(self.items())
            self.clear()
            self[key] = value
            self.update(rest)

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(list(self))) if last else next(iter(self))
        return key, self.pop(key)

    def __repr__(self):
        if not self:
            return f"{type(self).__name__}()"
        return f"{type(self).__name__}({list(self.items())!r})"

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self.items()) == list(other.items())
        return dict.__eq__(self, other)

    def copy(self):
        return type(self)(self)


class Counter(dict):
    """Counter(iterable or mapping): how many times each thing occurs."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda item: item[1], reverse=True)
        return items if n is None else items[:n]

    def elements(self):
        for element, count in self.items():
            for _ in range(count):
                yield element

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for element, count in iterable.items():
                    self[element] = self.get(element, 0) + count
            else:
                for element in iterable:
                    self[element] = self.get(element, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for element, count in iterable.items():
                    self[element] = self.get(element, 0) - count
            else:
                for element in iterable:
                    self[element] = self.get(element, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return Counter(self)

    def __delitem__(self, element):
        if element in self:
            super().__delitem__(element)

    def __repr__(self):
        if not self:
            return f"{type(self).__name__}()"
        items = ", ".join(f"{key!r}: {count!r}" for key, count in self.most_common())
        return f"{type(self).__name__}({{{items}}})"

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            total = count + other[element]
            if total > 0:
                result[element] = total
        for element, count in other.items():
            if element not in self and count > 0:
                result[element] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            difference = count - other[element]
            if difference > 0:
                result[element] = difference
        for element, count in other.items():
            if element not in self and count < 0:
                result[element] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            other_count = other[element]
            largest = other_count if count < other_count else count
            if largest > 0:
                result[element] = largest
        for element, count in other.items():
            if element not in self and count > 0:
                result[element] = count
        return result

    # Comparisons treat a missing element as a zero count (CPython 3.10+).
    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[element] == other[element] for counter in (self, other) for element in counter)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[element] <= other[element] for counter in (self, other) for element in counter)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[element] >= other[element] for counter in (self, other) for element in counter)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def __pos__(self):
        return Counter({element: count for element, count in self.items() if count > 0})

    def __neg__(self):
        return Counter({element: -count for element, count in self.items() if count < 0})

    def _replace_with(self, result):
        self.clear()
        dict.update(self, result)
        return self

    def __iadd__(self, other):
        return self._replace_with(self + other)

    def __isub__(self, other):
        return self._replace_with(self - other)

    def __ior__(self, other):
        return self._replace_with(self | other)

    def __iand__(self, other):
        return self._replace_with(self & other)

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            other_count = other[element]
            smallest = count if count < other_count else other_count
            if smallest > 0:
                result[element] = smallest
        return result


_KEYWORDS = frozenset((
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield"))


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Make a tuple subclass named [typename] whose items have names."""
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = tuple(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        renamed = []
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS or name.startswith("_")
                    or name in seen):
                name = f"_{index}"
            seen.add(name)
            renamed.append(name)
        field_names = tuple(renamed)
    for name in (typename,) + field_names:
        if name in _KEYWORDS:
            raise ValueError(f"Type names and field names cannot be a keyword: {name!r}")
        if not name.isidentifier():
            raise ValueError(f"Type names and field names must be valid identifiers: {name!r}")
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError(f"Field names cannot start with an underscore: {name!r}")
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))
    count = len(field_names)

    def __new__(cls, *args, **kwargs):
        values = list(args)
        if len(values) > count:
            raise TypeError(f"{typename}.__new__() takes {count + 1} positional arguments but {len(values) + 1} were given")
        for name in kwargs:
            if name not in field_names:
                raise TypeError(f"{typename}.__new__() got an unexpected keyword argument '{name}'")
            if field_names.index(name) < len(values):
                raise TypeError(f"{typename}.__new__() got multiple values for argument '{name}'")
        for name in field_names[len(values):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing = [n for n in field_names[len(values):] if n not in kwargs and n not in field_defaults]
                raise TypeError(f"{typename}.__new__() missing {len(missing)} required positional argument"
                                f"{'s' if len(missing) > 1 else ''}: " + ", ".join(repr(m) for m in missing))
        if kwargs:
            raise TypeError(f"{typename}.__new__() got an unexpected keyword argument '{next(iter(kwargs))}'")
        return tuple.__new__(cls, values)

    def __repr__(self):
        return type(self).__name__ + "(" + ", ".join(f"{name}={value!r}" for name, value in zip(field_names, self)) + ")"

    def _asdict(self):
        return dict(zip(self._fields, self))

    def _replace(self, **changes):
        values = [changes.pop(name, value) for name, value in zip(field_names, self)]
        if changes:
            raise ValueError(f"Got unexpected field names: {list(changes)!r}")
        return type(self)(*values)

    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != count:
            raise TypeError(f"Expected {count} arguments, got {len(values)}")
        return tuple.__new__(cls, values)

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        "__doc__": f"{typename}({', '.join(field_names)})",
        "__slots__": (),
        "_fields": field_names,
        "_field_defaults": field_defaults,
        "__new__": __new__,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "_replace": _replace,
        "_make": _make,
        "__getnewargs__": __getnewargs__,
        "__match_args__": field_names,
    }
    for index, name in enumerate(field_names):
        namespace[name] = property(_item_getter(index), doc=f"Alias for field number {index}")
    result = type(typename, (tuple,), namespace)
    result.__module__ = "__main__" if module is None else module
    return result


def _item_getter(index):
    def get(self):
        return self[index]
    return get


class ChainMap:
    """ChainMap(*maps): one view of several dicts; lookups search them in
    order, writes and deletes go to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        merged = {}
        for mapping in reversed(self.maps):
            merged.update(dict.fromkeys(mapping))
        return iter(merged)

    def __contains__(self, key):
        return any(key in mapping for mapping in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return f"{type(self).__name__}({', '.join(map(repr, self.maps))})"

    def keys(self):
        return list(self)

    def items(self):
        return [(key, self[key]) for key in self]

    def values(self):
        return [self[key] for key in self]

    def copy(self):
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}") from None

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}") from None

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.") from None

    def clear(self):
        self.maps[0].clear()

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, other=(), /, **kwargs):
        self.maps[0].update(other, **kwargs)

    def __eq__(self, other):
        if isinstance(other, ChainMap):
            return dict(self.items()) == dict(other.items())
        if isinstance(other, dict):
            return dict(self.items()) == other
        return NotImplemented

    __hash__ = None


def __getattr__(name):
    # CPython's collections makes collections.abc reachable without importing it
    if name == "abc":
        import collections.abc
        return collections.abc
    raise AttributeError(f"module 'collections' has no attribute '{name}'")
