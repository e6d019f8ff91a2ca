# sorted with mixed types and bad keys.
try:
    sorted([3, 'a', 1])
except TypeError as e:
    print('TypeError:', e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print('TypeError:', e)
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted([True, 0, 2]))
