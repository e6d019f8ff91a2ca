# range objects.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], 5 in r, 6 in r)
print(list(range(5, 0, -1)), list(range(0)), list(range(-3)), range(10)[::2])
print(range(3) == range(0, 3), r.start, r.stop, r.step, r.index(8), r.count(8))
print(list(reversed(range(4))), sum(range(101)), len(range(0, 10 ** 6, 3)))
try:
    range(1, 2, 0)
except ValueError as e:
    print('ValueError:', e)
