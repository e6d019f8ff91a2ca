import random
for s in range(22):
    random.seed(s)
    print(s, random.random(), random.getrandbits(5), random.getrandbits(70), random.randrange(10), random.randrange(3, 100, 7))
    print(random.randint(-5, 5), random.randrange(10**30), random.randint(0, 2**64), random.uniform(1.5, 3.0))
    print(random.choice("abcdefg"), random.choice([1, 2, 3]), random.gauss(0, 1), random.gauss(5, 2))
    lst = list(range(10))
    random.shuffle(lst)
    print(lst, random.sample(range(100), 5), random.sample(["a", "b", "c"], 3))
    print(random.choices([1, 2, 3], k=5), random.choices("xyz", weights=[1, 5, 10], k=4), random.choices(range(4), cum_weights=[1, 2, 3, 10], k=3))
for s in ["hello", "", "x" * 100, b"bytes", 3.5, -7, 2**100]:
    random.seed(s)
    print(repr(s)[:20], random.random(), random.randrange(1000))
r = random.Random(42)
print(r.random(), r.randint(1, 6))
st = r.getstate()
a = r.random()
r.setstate(st)
print(a == r.random())
random.seed(1)
print(random.randrange(-10**20, 10**20, 3))
print(random.getrandbits(0), random.getrandbits(32), random.getrandbits(1000) % 1000003)
for bad in [lambda: random.randrange(0), lambda: random.randrange(5, 2), lambda: random.choice([]), lambda: random.sample([1, 2], 3), lambda: random.getrandbits(-1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
