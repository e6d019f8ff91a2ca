# Slicing reads and writes, with steps and negative indices.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::3], a[::-1], a[8:2:-2], a[100:], a[-100:2])
a[2:5] = ['x']; print(a)
a[:0] = [-1, -2]; print(a)
a[::2] = [0] * len(a[::2]); print(a)
del a[::3]; print(a)
b = [1, 2, 3, 4]
b[1:3] = []; print(b)
s = slice(1, None, 2)
print([0, 1, 2, 3, 4, 5][s], s.start, s.stop, s.step)
print((1, 2, 3, 4)[1:3], 'abcdef'[-4:-1])
try:
    b[::2] = [1, 2, 3]
except ValueError as e:
    print('ValueError:', e)
