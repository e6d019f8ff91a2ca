# Division edge cases: true division of big ints, float floor division, negative zero.
print(10 ** 20 / 3, 2 ** 1000 // 2 ** 998, 7 / 7, 0 / 5, -0.0 * 1, 1 / -1e-300)
print(-7 // 2.0, 7.5 // -2, -7.5 % 2, 5 % -3.0, divmod(-7.5, 2))
print(10 ** 400 // 10 ** 399, (10 ** 400) % 7)
try:
    10 ** 400 / 1.0
except OverflowError as e:
    print('OverflowError:', e)
try:
    float(10 ** 400)
except OverflowError as e:
    print('OverflowError:', e)
