import random
random.seed(5)
g1 = random.gauss(0, 1)
random.seed(5)
print(g1 == random.gauss(0, 1))
random.gauss(0, 1)
random.seed(5)
print(g1 == random.gauss(0, 1))
for s in range(20, 45):
    r = random.Random(s)
    print(s, r.randrange(0, 10**30, 7), r.randrange(-5, 5), r.randrange(100, 0, -3), r.sample(range(10**6), 3), r.choices("abc", [0.5, 0.25, 0.25], k=3), r.sample("abcdef", k=4, counts=[1, 2, 3, 1, 1, 1]))
    lst = list(range(60)); r.shuffle(lst); print(lst[:12], r.uniform(-1, 1), r.triangular(0, 10, 2), r.expovariate(1.5), r.normalvariate(3, 0.5))
    print(r.betavariate(2, 3), r.gammavariate(2.0, 1.5), r.gammavariate(0.5, 1.0), r.lognormvariate(0, 1), r.vonmisesvariate(1, 2), r.paretovariate(3), r.weibullvariate(1, 2))
    print(r.randbytes(5), r.getrandbits(64), r.choice(range(1000)), r.binomialvariate(10, 0.3) if hasattr(r, "binomialvariate") else 0)
random.seed("abc", version=1) if False else None
random.seed(b"\x00\xff")
print(random.random())
print(random.random())
random.seed(12345678901234567890123456789)
print(random.random(), random.sample(range(50), 50)[:10])
random.seed(0)
print(random.sample([1, 2, 3, 4, 5], k=0), random.choices([1, 2], k=0))
for bad in [lambda: random.sample({1, 2}, 1), lambda: random.choices([1, 2], [1], k=1), lambda: random.randrange(1, 2, 0), lambda: random.choices([], k=1), lambda: random.randint(5, 1), lambda: random.sample(range(5), -1), lambda: random.choices([1], weights=[0], k=1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
class MyRandom(random.Random):
    pass
m = MyRandom(3)
print(m.random(), type(random.SystemRandom().random()).__name__ if hasattr(random, "SystemRandom") else "float")
st = random.getstate()
x = [random.random() for _ in range(3)]
random.setstate(st)
print(x == [random.random() for _ in range(3)], type(st).__name__, len(st), st[0], len(st[1]))
