from collections import deque, OrderedDict, defaultdict, Counter, namedtuple
import functools
d = deque([1, 2, 3])
for bad in [lambda: d.index(9), lambda: d.remove(9), lambda: d[10], lambda: deque(maxlen=-1), lambda: deque([1], "x"), lambda: hash(d), lambda: d + [1], lambda: d.rotate("x"), lambda: functools.reduce(lambda a, b: a, 5), lambda: functools.reduce(), lambda: Counter(5), lambda: namedtuple("X", "a")(1, 2), lambda: namedtuple("X", "a")(b=1), lambda: OrderedDict().popitem(), lambda: OrderedDict(a=1).move_to_end("z"), lambda: defaultdict(5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
d.append(d)
print(d)
class MyP(functools.partial):
    pass
print(repr(MyP(len, "ab")), repr(functools.partial(functools.partial(max, 1), 2)))
print(Counter("abc") < Counter("abcd"), Counter(a=1).most_common(0), Counter("zzab").most_common(-1) if False else 0)
print(sorted(Counter(b=2, a=2, c=1).elements()), list(Counter(b=2, a=2, c=1).elements()))
print(Counter.fromkeys if False else 0, dict(Counter("aab")), Counter("aab").keys())
od = OrderedDict.fromkeys("abc", 0)
print(od, list(od.keys()), list(reversed(od.items())), od.copy(), OrderedDict(sorted({"z": 1, "a": 2}.items())))
dd = defaultdict(lambda: "x", a=1)
print(dd["q"], sorted(dd.items()), dd.copy()["q"], type(dd.copy()).__name__)
P = namedtuple("P", ["x", "y"], module="mymod")
print(P.__module__, P(1, 2) + (3,), P(1, 2) * 2, P(1, 2)[::-1], P(1, 2).count(1), P(1, 2).index(2), P._make((3, 4)) == P(3, 4))
