# pow and ** edge cases.
print(2 ** 0.5, 4 ** 0.5, -(8 ** (1 / 3)), 0 ** 0, 0.0 ** 0)
print(10 ** -1, 2 ** -3, (-2) ** -2, 1 ** 1000, (-1) ** 1001, 2 ** 200 % 1000)
print(pow(10, 20), pow(2, 0.5), pow(5, 3, 7), pow(-5, 3, 7), pow(5, -1, 7))
try:
    pow(2, 3, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
