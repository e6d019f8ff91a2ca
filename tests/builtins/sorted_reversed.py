# sorted and reversed.
print(sorted([3, 1, 2]), sorted('hello'), sorted((2, 1)), sorted({3: 0, 1: 0}), sorted([3, 1, 2], reverse=True))
print(sorted(['bb', 'a', 'ccc'], key=len), sorted([-3, 2, -1], key=abs, reverse=True))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(3))), list(reversed((1, 2))))
r = reversed([1, 2])
print(next(r), next(r), next(r, 'end'))
try:
    reversed(5)
except TypeError as e:
    print('TypeError:', e)
