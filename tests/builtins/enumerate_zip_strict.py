# zip(strict=True) and enumerate over dicts.
print(list(zip('ab', [1, 2], strict=True)))
try:
    list(zip('abc', [1, 2], strict=True))
except ValueError as e:
    print('ValueError:', e)
for i, k in enumerate({'x': 1, 'y': 2}):
    print(i, k)
