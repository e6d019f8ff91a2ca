import itertools as it
g = it.groupby("aabbbc")
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, k2, list(g1), list(g2), [k for k, _ in g])
print(list(it.islice(it.count(), 0, 10, 3)), list(it.product(range(2), repeat=0)), list(it.combinations(range(3), 0)))
try:
    it.islice(range(3), 0, 5, 0)
except ValueError as e:
    print(e)
a, b = it.tee(range(5))
print(next(a), next(a), list(b), list(a))
print(list(it.zip_longest("ab", "xyz", "1")), list(it.chain.from_iterable(["ab", "cd"])))
c = it.count(1.5, 0.5); next(c); print(repr(c), repr(it.count(0, 1)), repr(it.count(5, -1)), repr(it.count(2.0)))
r = it.repeat("a", 3); next(r); print(repr(r), repr(it.repeat([1])))
print(list(it.accumulate([1, 2, 3], initial=None)), list(it.accumulate("abc")), list(it.permutations(range(3), r=0)))
try:
    it.permutations([1], -1)
except ValueError as e:
    print(e)
try:
    list(it.repeat())
except TypeError as e:
    print(e)
print(list(it.starmap(lambda *a: sum(a), [(1, 2, 3), ()])), next(it.cycle([7])), list(it.batched("abcde", 2)) if hasattr(it, "batched") else 0)
from collections import deque, OrderedDict, Counter, defaultdict, namedtuple, ChainMap
d = deque([1, 2, 3], maxlen=5)
d.insert(1, 9); print(d, d.index(9), d[-2])
d.reverse(); print(d, d.maxlen)
del d[0]; print(d)
try:
    deque([1], maxlen=1).insert(0, 2)
except IndexError as e:
    print(e)
print(list(reversed(OrderedDict(a=1, b=2))), Counter("aab") == Counter("aba"), Counter(a=1) == Counter(a=1, b=0))
print(Counter("hello").most_common(), Counter({"a": 3, "b": 1}).most_common(1))
P = namedtuple("P", "x y")
print(P.__match_args__, P(1, 2)._asdict(), P._field_defaults, P.x.__doc__, isinstance(P(1, 2), tuple))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.maps, cm.new_child({"z": 0})["z"])
cm["c"] = 5; print(cm.maps[0], "b" in cm, cm.get("q", 9))
