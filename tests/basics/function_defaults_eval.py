# Defaults are evaluated once, at definition time.
counter = 0
def next_id():
    global counter
    counter += 1
    return counter
def f(x=next_id()):
    return x
print(f(), f(), counter)
def g(a, b=[], c={}):
    b.append(a)
    c[a] = len(b)
    return b, c
print(g(1), g(2))
print(f.__defaults__, g.__defaults__[0])
