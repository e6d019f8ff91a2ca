# Expressions the compiler builds specially: unpacking, augmented assignment, f-strings, calls.
def gen():
    x = yield 1
    print("got", x)
    yield from [2, 3]
    return 4
g2 = gen()
print(next(g2), g2.send("s"), next(g2))
try:
    next(g2)
except StopIteration as e:
    print("stop", e.value)

print([x * y for x in range(3) for y in range(3) if x != y])
print({k: v for k, v in zip("ab", (1, 2))}, {i % 2 for i in range(5)})
print(list(i for i in range(4)))
a, *b, c = range(6)
print(a, b, c)
d = {}
d["x"] = 1
d["x"] += 5
print(d)
class O: pass
o = O(); o.v = 3; o.v *= 4; print(o.v)
print(1 < 2 < 3, 1 < 3 < 2, (y := 10) + y)
print(f"{a!r:>5}|{b}|{3.14159:.2f}")
def star(*a, **k): return a, k
print(star(*[1, 2], 3, *(4,), x=1, **{"y": 2}))
print(o.__class__.__name__, [lambda: i for i in range(2)][1]())
assert True
try:
    assert 1 == 2, "msg"
except AssertionError as e:
    print("assert", e)
i = 0
while i < 10:
    i += 1
    if i % 2: continue
    if i > 6: break
else:
    print("no")
print(i)
del d["x"], o.v
print(d, hasattr(o, "v"))
print(not 1, -i, ~i, +i, i if i else 0, i and 0 or 5)
x = 0
def gl():
    global x
    x = 99
gl(); print(x)
class Meta:
    x = 1
    y = [x for _ in range(2)] if False else 3
    def m(self): return self.x
    __priv = 5
    def get(self): return self.__priv
print(Meta().m(), Meta.y, Meta().get(), Meta._Meta__priv)

def kwonly(a, /, b, *, c=3): return a, b, c
print(kwonly(1, b=2), kwonly(1, 2, c=4))

def deco(f):
    def w(*a): return ("deco", f(*a))
    return w
@deco
@deco
def dd(x): return x
print(dd(1))
print(f"{'x'!a} {1+1} {3:{'>'}{4}}")
s = "a" "b" f"c{1}"
print(s)
print((lambda *a, **k: (a, k))(1, z=2))
print([*range(3), *"ab"], (*[1], 2), {*[1, 2]}, {**{"a": 1}, "b": 2})
t = 1, 2
x, (y, z) = 1, t
print(x, y, z)
print(sorted(set("hello")), [i for i in range(10) if i % 2 if i > 3])
nums = [1, 2, 3]
nums[1:2] = [7, 8]
print(nums, nums[::-1], nums[1:], nums[:2])
del nums[0:2]
print(nums)
def fact(n): return 1 if n <= 1 else n * fact(n - 1)
print(fact(30))
print(0x_ff, 1_000, 0o17, 0b101, 1e3, 1.5e-3, 10**20)
print(type(...), None, True)
def gfx():
    x = 0
    def bump():
        nonlocal x
        x += 1
    [bump() for _ in range(3)]
    return x
print(gfx())
def walrus():
    [(last := i) for i in range(4)]
    return last
print(walrus())
print(any(n > 2 for n in nums), sum(i*i for i in range(4)))
