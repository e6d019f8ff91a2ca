def gen(n):
    for i in range(n):
        yield i

a, b, c = gen(3)
print(a, b, c)
for n in (2, 4, 0, 1):
    try:
        a, b, c = gen(n)
    except ValueError as e:
        print(n, "ValueError:", e)
first, *rest = gen(5)
print(first, rest)
*init, last = gen(4)
print(init, last)
x, *mid, y = gen(2)
print(x, mid, y)
try:
    x, *mid, y = gen(1)
except ValueError as e:
    print("ValueError:", e)
try:
    x, y, *z = gen(1)
except ValueError as e:
    print("ValueError:", e)
print([*gen(3), *gen(2)])
print({*gen(3)}, (*gen(2),))
(p, q), r = gen(2), 5
print(p, q, r)
def f(*args):
    return args
print(f(*gen(3)))
print(max(*gen(4)))
