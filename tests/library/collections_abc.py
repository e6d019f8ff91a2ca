from collections.abc import Iterable, Mapping, MutableMapping, Sequence, Callable
import collections.abc
class M(MutableMapping):
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
m = M()
m["a"] = 1
m.update(b=2)
print(m.get("a"), "b" in m, m.pop("a"), list(m.items()), m.setdefault("z", 3), len(m), isinstance(m, Mapping), isinstance(m, Iterable))
class S(Sequence):
    def __getitem__(self, i):
        return [10, 20, 30][i]
    def __len__(self):
        return 3
s = S()
print(list(s), 20 in s, s.index(30), list(reversed(s)), s.count(10))
print(issubclass(M, collections.abc.Sized), Iterable.__module__, Sequence.__name__)
import collections
print(collections.abc.Mapping, collections.abc.Iterable.__name__)
