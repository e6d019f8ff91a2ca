# print's sep, end, file and flush.
import sys
print('a', 'b', 'c', sep='-')
print('no newline', end='')
print(' continued')
print(1, 2, sep='')
print('to stdout', file=sys.stdout, flush=True)
print()
print(*range(5), sep=', ', end='.\n')
print('x', None, 1.5, [1], sep=' | ')
sys.stdout.write('written\n')
