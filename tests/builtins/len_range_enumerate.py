# len, range, enumerate.
print(len([1, 2]), len('héllo'), len({'a': 1}), len((1,)), len(set()), len(range(10)), len(b'ab'))
print(list(range(3)), list(range(1, 4)), list(range(0, 10, 4)), list(range(3, 0, -1)))
print(list(enumerate('ab')), list(enumerate(['x', 'y'], 10)), list(enumerate([], start=5)))
e = enumerate('xyz')
print(next(e), next(e))
