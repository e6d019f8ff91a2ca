# Nested loops with break/continue and else clauses.
found = None
for i in range(1, 10):
    for j in range(1, 10):
        if i * j == 42:
            found = (i, j)
            break
    else:
        continue
    break
print(found)
n = 0
while n < 3:
    n += 1
    for k in range(3):
        if k == n:
            break
    else:
        print('inner for-else at n =', n)
print('table:')
for i in range(1, 4):
    print(' '.join('%2d' % (i * j) for j in range(1, 6)))
