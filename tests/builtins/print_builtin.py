# print with every keyword argument.
import sys
print()
print(1, 'a', None, [1], (2,), {'k': 'v'}, 1.0)
print(1, 2, 3, sep='')
print(1, 2, 3, sep=None, end=None)
print('a', end='|')
print('b', end='\n')
print('err', file=sys.stderr)
print('x', 'y', sep='\n')
try:
    print(sep=5)
except TypeError as e:
    print('TypeError:', e)
