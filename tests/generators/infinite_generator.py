import itertools
def naturals():
    n = 0
    while True:
        yield n
        n += 1

print(list(itertools.islice(naturals(), 5)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
