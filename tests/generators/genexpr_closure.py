# Each genexpr keeps the enclosing variables by reference (late binding).
gens = [(i * k for k in range(2)) for i in range(3)]
print([list(g) for g in gens])

def make():
    fs = []
    for i in range(3):
        fs.append((i + j for j in range(1)))
    return fs
print([list(g) for g in make()])

def late():
    n = 1
    g = (n * x for x in range(3))
    n = 10
    return list(g)
print(late())

def counter():
    total = 0
    def add(seq):
        nonlocal total
        total += sum(x for x in seq if x > total)
        return total
    return add
add = counter()
print(add([1, 2, 3]), add([4, 7, 10]))
