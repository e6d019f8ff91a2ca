# sum, min, max with keys and defaults.
print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum([0.1] * 10), sum(range(1, 101)), sum([[1], [2]], []))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max('abc'), min('b', 'a'), max([1, 5, 3], key=lambda x: -x))
print(max([], default='empty'), min([], default=None), max(['aa', 'b', 'cc'], key=len), min(['aa', 'b', 'cc'], key=len))
print(max(1, 2.5), min(True, 2), max((1, 'b'), (1, 'a')))
try:
    max([])
except ValueError as e:
    print('ValueError:', e)
try:
    min()
except TypeError as e:
    print('TypeError:', e)
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError:', e)
