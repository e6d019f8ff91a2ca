# Generators defined inside functions, closing over enclosing variables.
def make(prefix):
    count = 0
    def gen(n):
        nonlocal count
        for i in range(n):
            count += 1
            yield prefix + str(i)
    def total():
        return count
    return gen, total

gen, total = make("p")
print(list(gen(3)), total())
print(list(gen(2)), total())

def outer():
    def inner(x):
        yield x
        yield x * 2
    for v in inner(5):
        yield v + 1
    yield from inner(7)

print(list(outer()))
