# Tuples: creation, indexing, methods, comparison, hashing.
t = (1, 'two', 3.0)
print(t, t[0], t[-1], len(t), t[1:])
print((), (1,), tuple([1, 2]), tuple('ab'), 1, 2)
print(t.index('two'), (1, 1, 2).count(1))
print((1, 2) + (3,), (0,) * 3, (1, 2) == (1, 2), (1, 2) < (1, 3))
x = 1, 2, 3
print(x, type(x).__name__)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): 'point'}[(1, 2)])
print(repr((1,)), repr(()), str(('a',)))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0])
