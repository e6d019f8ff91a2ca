"""itertools — building blocks for iterators, written as generators.

Each function here is a small generator, the same code CPython's
documentation gives as its "roughly equivalent" Python: reading them is a
good way to see how much a single `yield` can do.
"""


_sentinel = object()


class count:
    """count(start=0, step=1): start, start+step, start+2*step, ... forever."""

    def __init__(self, start=0, step=1):
        for value in (start, step):
            if not isinstance(value, (int, float)):
                raise TypeError("a number is required")
        self._next = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._next
        self._next += self._step
        return value

    def __repr__(self):
        if self._step == 1:
            return f"count({self._next!r})"
        return f"count({self._next!r}, {self._step!r})"


class repeat:
    """repeat(item[, times]): item again and again (times times, or forever)."""

    def __init__(self, object=_sentinel, times=None):
        if object is _sentinel:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        self._item = object
        self._left = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is not None:
            if self._left <= 0:
                raise StopIteration
            self._left -= 1
        return self._item

    def __length_hint__(self):
        return 0 if self._left is None else max(self._left, 0)

    def __repr__(self):
        if self._left is None:
            return f"repeat({self._item!r})"
        return f"repeat({self._item!r}, {max(self._left, 0)})"


def cycle(iterable):
    saved = []
    for element in iterable:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element


def _chain(*iterables):
    for iterable in iterables:
        yield from iterable


def _chain_from_iterable(iterables):
    for iterable in iterables:
        yield from iterable


class chain:
    """chain(a, b, ...): the items of a, then of b, ..."""

    def __new__(cls, *iterables):
        return _chain(*iterables)

    @staticmethod
    def from_iterable(iterables):
        return _chain_from_iterable(iterables)


def islice(iterable, *args):
    """islice(it, stop) or islice(it, start, stop[, step]): a lazy slice."""
    s = slice(*args)
    start, stop, step = s.start or 0, s.stop, 1 if s.step is None else s.step
    for name, value in (("Indices", start), ("Stop", stop)):
        if value is not None and (not isinstance(value, int) or value < 0):
            raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
                             if name == "Indices" else
                             "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    if not isinstance(step, int) or step <= 0:
        raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(iter(iterable), start, stop, step)


def _islice(iterator, start, stop, step):
    next_index = start
    index = 0
    if stop is not None and stop <= start:
        for _ in range(stop):
            if next(iterator, _sentinel) is _sentinel:
                return
        return
    for element in iterator:
        if index == next_index:
            yield element
            next_index += step
        index += 1
        if stop is not None and index >= stop:
            return



def accumulate(iterable, func=None, *, initial=None):
    iterator = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(iterator)
        except StopIteration:
            return
    yield total
    for element in iterator:
        total = total + element if func is None else func(total, element)
        yield total


def compress(data, selectors):
    return (d for d, s in zip(data, selectors) if s)


def dropwhile(predicate, iterable):
    iterator = iter(iterable)
    for x in iterator:
        if not predicate(x):
            yield x
            break
    for x in iterator:
        yield x


def takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def pairwise(iterable):
    iterator = iter(iterable)
    a = next(iterator, _sentinel)
    if a is _sentinel:
        return
    for b in iterator:
        yield a, b
        a = b


def zip_longest(*iterables, fillvalue=None):
    iterators = [iter(it) for it in iterables]
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, iterator in enumerate(iterators):
            value = next(iterator, _sentinel)
            if value is _sentinel:
                active -= 1
                if not active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def product(*iterables, repeat=1):
    if not isinstance(repeat, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(repeat).__name__)
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _product(pools):
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r < 0:
        raise ValueError("r must be non-negative")
    return _permutations(pool, n, r)


def _permutations(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations(pool, len(pool), r)


def _combinations(pool, n, r):
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations_with_replacement(pool, len(pool), r)


def _combinations_with_replacement(pool, n, r):
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


class groupby:
    """groupby(iterable, key=None): (key, group) for each run of equal keys."""

    def __init__(self, iterable, key=None):
        self._keyfunc = (lambda x: x) if key is None else key
        self._iterator = iter(iterable)
        self._target = self._current = self._value = _sentinel
        self._id = object()

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        while self._current is not _sentinel and self._current == self._target:
            self._advance()
        if self._current is _sentinel:
            self._advance()
        self._target = self._current
        return (self._current, self._grouper(self._target, self._id))

    def _advance(self):
        self._value = next(self._iterator)  # StopIteration ends the groupby
        self._current = self._keyfunc(self._value)

    def _grouper(self, target, group_id):
        while self._id is group_id and self._current == target:
            yield self._value
            try:
                self._advance()
            except StopIteration:
                self._current = _sentinel
                return


def tee(iterable, n=2):
    """n independent iterators over one iterable."""
    if n < 0:
        raise ValueError("n must be >= 0")
    iterator = iter(iterable)
    buffers = [[] for _ in range(n)]

    def gen(mine):
        while True:
            if not mine:
                value = next(iterator, _sentinel)
                if value is _sentinel:
                    return
                for buffer in buffers:
                    buffer.append(value)
            yield mine.pop(0)
    return tuple(gen(buffer) for buffer in buffers)
