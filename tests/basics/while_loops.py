# while with break, continue and else.
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 7:
        break
    print('even', i)
else:
    print('not reached')
n = 3
while n:
    n -= 1
else:
    print('while-else runs when the condition fails', n)
count = 0
while True:
    count += 1
    if count == 5:
        break
print('count', count)
