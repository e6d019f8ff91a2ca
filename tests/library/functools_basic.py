import functools
from functools import partial, reduce, wraps, lru_cache, total_ordering, update_wrapper

def add(a, b, c=0):
    """Add things."""
    return a + b + c

p = partial(add, 1)
print(p(2), p(2, c=5), p.func is add, p.args, p.keywords)
p2 = partial(add, 1, c=10)
print(p2(3), p2.keywords)
p3 = partial(p2, 2)
print(p3(), p3.args, p3.func is add)
print(repr(partial(len, [1, 2]))) 
print(repr(partial(max, 1, key=abs)))
class C:
    def __repr__(self):
        return "C()"
print(repr(partial(len, C(), x=C())))
try:
    partial()
except TypeError as e:
    print(e)
try:
    partial(1)
except TypeError as e:
    print(e)

print(reduce(lambda a, b: a * b, range(1, 10)))
print(reduce(lambda a, b: a + b, [], 7))
print(reduce(lambda a, b: a + b, ["a", "b", "c"]))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)

def deco(f):
    @wraps(f)
    def inner(*a, **k):
        return f(*a, **k)
    return inner

@deco
def hello(x):
    """Say hello."""
    return "hello " + x
print(hello("bob"), hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__qualname__)

def other():
    pass
def target():
    "tdoc"
update_wrapper(other, target)
print(other.__name__, other.__doc__, other.__wrapped__ is target)

calls = []
@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(calls))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
calls.clear()
for v in [1, 2, 1, 3, 2, 1, 1]:
    sq(v)
print(calls, sq.cache_info())

@lru_cache
def ident(x, y=1):
    return (x, y)
print(ident(1), ident(1, y=2), ident(1), ident.cache_info())

@functools.cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(30))

@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
a, b = V(1), V(2)
print(a < b, a > b, a <= b, a >= b, a <= V(1), b >= a, a == V(1))
print(sorted([V(3), V(1), V(2)], key=lambda x: x).__len__())
print([x.v for x in sorted([V(3), V(1), V(2)])], max(V(3), V(5)).v)

print(functools.cmp_to_key(lambda a, b: b - a)(1) < functools.cmp_to_key(lambda a, b: b - a)(2))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
class Circle:
    def __init__(self, r):
        self.r = r
    @functools.cached_property
    def area(self):
        print("computing")
        return self.r * self.r * 3
c = Circle(2)
print(c.area, c.area, "area" in c.__dict__)
@functools.singledispatch
def show(x):
    return "object " + repr(x)
@show.register(int)
def _(x):
    return "int " + str(x)
@show.register(list)
def _(x):
    return "list of " + str(len(x))
print(show(1), show(True), show("s"), show([1, 2]), show(2.5))
print(fib.cache_parameters(), sq.cache_parameters())
@lru_cache(maxsize=3, typed=True)
def tf(x):
    return type(x).__name__
print(tf(1), tf(1.0), tf(1), tf.cache_info())
