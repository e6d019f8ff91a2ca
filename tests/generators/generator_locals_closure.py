def counter(start):
    def inc(x):
        return x + step
    step = 2
    n = start
    while n < 10:
        yield n
        n = inc(n)

print(list(counter(1)))

def outer():
    total = 0
    def gen():
        nonlocal total
        for i in range(4):
            total += i
            yield total
    return gen, lambda: total
g, get = outer()
print(list(g()), get())
