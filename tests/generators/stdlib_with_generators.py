# Standard-library helpers fed by generators: functools, collections, itertools, types.
import inspect, types, functools, itertools, collections
# generator with decorator functools.lru_cache? no. partial of generator function
def gen(a, b):
    yield a
    yield b
p = functools.partial(gen, 1)
print(list(p(2)), inspect.isgeneratorfunction(p))
# reduce over genexpr
print(functools.reduce(lambda x, y: x * y, (i for i in range(1, 6))))
# deque from generator, maxlen
print(collections.deque((i for i in range(10)), maxlen=3))
print(collections.Counter(c for c in "hello"))
# tee
a, b = itertools.tee(x * x for x in range(4))
print(list(a), list(b))
print(list(itertools.product((x for x in "ab"), repeat=2)))
print(list(itertools.compress("abcd", (x % 2 for x in range(4)))))
print(list(itertools.starmap(pow, ((2, i) for i in range(4)))))
print(list(itertools.dropwhile(lambda v: v < 2, (i for i in range(5)))))
print(list(itertools.pairwise(i for i in range(4))))
print(list(itertools.combinations((i for i in range(4)), 2)))
print(list(itertools.permutations((c for c in "abc"), 2))[:3])
print(list(itertools.filterfalse(None, (i % 3 for i in range(6)))))
c = itertools.cycle(x for x in "ab")
print([next(c) for _ in range(5)])
# generator with namedtuple
P = collections.namedtuple("P", "x y")
print(list(P(i, i * 2) for i in range(2)))
print(types.GeneratorType.__name__, isinstance((x for x in ()), types.GeneratorType))
dd = collections.defaultdict(list)
for k, v in ((i % 2, i) for i in range(5)):
    dd[k].append(v)
print(dict(dd))
