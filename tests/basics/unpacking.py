# Tuple/list unpacking, starred targets, swaps, nested targets.
a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'abcd'
print(init, last)
h, *mid, t = range(5)
print(h, mid, t)
x, *y = (1,)
print(x, y)
[p, q] = 'pq'
print(p, q)
for i, (k, v) in enumerate({'a': 1, 'b': 2}.items()):
    print(i, k, v)
print(*[1, 2], *'ab', sep='-')
print([*range(3), *[9]], (*'xy',), {*[1, 2], 3}, {**{'a': 1}, 'b': 2})
try:
    m, n = [1, 2, 3]
except ValueError as e:
    print('ValueError:', e)
try:
    m, n, o = [1, 2]
except ValueError as e:
    print('ValueError:', e)
