# Closures created inside a generator see its locals as they change across yields.
def gen():
    x = 0
    get = lambda: x
    fs = []
    for i in range(3):
        x = i * 10
        yield get()
        fs.append(lambda i=i: (i, x))
    x = "final"
    yield [f() for f in fs]

print(list(gen()))

def outer():
    count = 0
    def g():
        nonlocal count
        while True:
            count += 1
            yield count
    it = g()
    return it, lambda: count

it, peek = outer()
print(next(it), next(it), peek())
print(next(it), peek())
