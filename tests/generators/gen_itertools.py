import itertools
def nat():
    n = 0
    while True:
        print("  nat", n)
        yield n
        n += 1

g = nat()
print(list(itertools.islice(g, 2, 5)))
print("resume:", next(g))
print(list(itertools.takewhile(lambda v: v < 8, g)))
print("after takewhile:", next(g))
print(list(itertools.chain((x for x in "ab"), (y for y in range(2)))))
print(list(itertools.zip_longest((x for x in "ab"), (y for y in range(3)), fillvalue="-")))
print([(k, list(v)) for k, v in itertools.groupby(x // 3 for x in range(8))])
print(list(itertools.accumulate(x for x in range(5))))
c = itertools.count()
print(list(next(c) for _ in range(3)))
