# global and nonlocal declarations.
g = 1
def read_global():
    return g
def write_global():
    global g
    g = 2
def shadow():
    g = 3
    return g
print(read_global(), shadow(), g)
write_global()
print(g)
def outer():
    v = 'a'
    def change():
        nonlocal v
        v = 'b'
    change()
    return v
print(outer())
def make():
    global created
    created = 'made'
make()
print(created)
def counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        def deeper():
            nonlocal n
            n *= 10
        deeper()
        return n
    return step
s = counter()
print(s(), s())
