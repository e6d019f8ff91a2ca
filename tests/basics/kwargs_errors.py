# Errors when calling functions with wrong arguments.
def f(a, b, *, c):
    pass
tries = [lambda: f(1), lambda: f(1, 2), lambda: f(1, 2, 3), lambda: f(1, 2, c=3, d=4), lambda: f(1, 2, c=3, a=1)]
for t in tries:
    try:
        t()
    except TypeError as e:
        print('TypeError:', e)
def g(x):
    pass
for t in [lambda: g(), lambda: g(1, 2), lambda: g(y=1), lambda: g(*[1], **{'x': 2})]:
    try:
        t()
    except TypeError as e:
        print('TypeError:', e)
