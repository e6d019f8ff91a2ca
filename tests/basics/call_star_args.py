# f(*iterable) passes the items as positional arguments: lists, tuples, strings,
# ranges, generators, dict keys; a non-iterable gets CPython's message naming the
# function, and an error raised while iterating comes through unchanged.
def f(*args, **kwargs):
    return args, kwargs


class C:
    def m(self, *args):
        return args


def gen(n):
    for i in range(n):
        yield i * i


print(f(*[1, 2, 3]), f(*(4, 5)), f(*"ab"), f(*range(3)), f(*gen(4)), f(*{"k": 1}))
print(C().m(*[1, 2]), C().m(*()), f(*[1], **{"x": 2}))
print(f(0, *[1, 2], 3), f(*[], *[1]))
big = list(range(1000))
print(len(f(*big)[0]), sum(f(*big)[0]))
for call in (lambda: f(*5), lambda: C().m(*None), lambda: print(*3), lambda: f(1, *2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


def failing():
    yield 1
    raise TypeError("raised while iterating")


try:
    f(*failing())
except TypeError as e:
    print("TypeError:", e)
