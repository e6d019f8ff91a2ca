from collections import deque, namedtuple, defaultdict, Counter, OrderedDict
import collections
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d)
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([9, 10])
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
print(d.count(7), d.index(7), list(reversed(d)))
d.remove(7); print(d)
d.clear(); print(d, bool(d))
m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10); print(m)
m.appendleft(0); print(m)
m.extend([20, 21]); print(m)
print(repr(deque()), repr(deque(maxlen=2)), deque("ab") == deque("ab"))
try:
    deque().pop()
except IndexError as e:
    print(e)
try:
    deque().popleft()
except IndexError as e:
    print(e)
d2 = deque([1, 2]); d2[0] = 5; print(d2, d2 + deque([3]), d2 * 2, d2.copy())

Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=9), tuple(p), p == (1, 2))
x, y = p
print(x + y, Point._make([5, 6]), Point(y=3, x=4), len(p), hash(p) == hash((1, 2)))
P3 = namedtuple("P3", "a b c", defaults=[0, 1])
print(P3(5), P3(1, 2, 3), P3._field_defaults, P3.__name__)
P4 = namedtuple("P4", "a, b")
print(P4(1, b=2), repr(P4(a="s", b=None)))
try:
    Point(1)
except TypeError as e:
    print(e)
class Sub(Point):
    def norm(self):
        return self.x * self.x + self.y * self.y
print(Sub(3, 4).norm(), Sub(3, 4))

dd = defaultdict(list)
dd["a"].append(1); dd["b"].append(2); dd["a"].append(3)
print(dd, dict(dd), dd.default_factory)
di = defaultdict(int)
for ch in "hello":
    di[ch] += 1
print(di, "z" in di, di["z"], len(di))
print(defaultdict(), repr(defaultdict(None, {1: 2})))
try:
    defaultdict()[1]
except KeyError as e:
    print("KeyError", e)

c = Counter("abracadabra")
print(c, c["a"], c["zz"], c.most_common(2), sorted(c.elements()))
c.update("aaz"); print(c)
c.subtract({"a": 10}); print(c)
print(Counter([1, 1, 2]) + Counter([2, 3]), Counter(a=3) - Counter(a=1, b=2), Counter(a=1) | Counter(a=3), Counter(a=2, b=1) & Counter(a=1))
print(Counter(), Counter({"x": 2}), Counter(x=1, y=3).total(), list(Counter("bca")))
print(Counter(a=2, b=-1), +Counter(a=2, b=-1), -Counter(a=2, b=-1))

od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
print(od, list(od), od.popitem(), od.popitem(last=False), od)
od["x"] = 5; od["y"] = 6; od.move_to_end("a"); print(od)
od.move_to_end("y", last=False); print(od)
print(OrderedDict(), OrderedDict([(1, 2)]) == OrderedDict([(1, 2)]), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(isinstance(od, dict), isinstance(dd, dict), isinstance(c, dict))
R = namedtuple("R", ["a", "def", "a", "_x", "1b"], rename=True)
print(R._fields, R(1, 2, 3, 4, 5))
try:
    namedtuple("K", "class x")
except ValueError as e:
    print(e)
try:
    namedtuple("K", "x x")
except ValueError as e:
    print(e)
cc = Counter(a=1, b=2)
cc += Counter(a=1, c=-1)
print(cc)
cc -= Counter(b=5)
print(cc)
dq = deque([1, 2]); dq *= 2; print(dq, 3 * deque([0]), deque([1]) < deque([2]))
