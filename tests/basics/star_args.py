# *args and **kwargs at definition and call sites.
def show(*args, **kwargs):
    print(args, kwargs)
show()
show(1, 2, a=3)
show(*[1, 2], *(3,), **{'x': 1}, y=2)
def add(a, b, c):
    return a + b + c
print(add(*[1, 2, 3]), add(1, *[2], **{'c': 3}), add(**{'a': 1, 'b': 2, 'c': 3}))
def kwonly(a, *, b, c=3):
    return a, b, c
print(kwonly(1, b=2), kwonly(a=1, b=2, c=4))
def pos(a, b, /, c):
    return a, b, c
print(pos(1, 2, c=3))
def outer(*args, **kwargs):
    return inner(*args, **kwargs)
def inner(x, y=0):
    return x - y
print(outer(10, y=3), outer(5))
