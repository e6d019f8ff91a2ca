# for over sequences, ranges, dicts; for-else with break.
for x in [1, 2, 3]:
    print(x, end=' ')
print()
for i in range(10, 0, -3):
    print(i, end=' ')
print()
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, 'is prime')
for ch in '':
    print('never')
else:
    print('empty loop else')
for k in {'a': 1, 'b': 2}:
    print('key', k)
for i, c in enumerate('xyz', start=1):
    print(i, c)
for a, b in zip([1, 2, 3], 'ab'):
    print(a, b)
