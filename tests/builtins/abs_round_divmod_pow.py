# abs, round, divmod, pow.
print(abs(-5), abs(5), abs(-2.5), abs(-(2 ** 80)), abs(True))
print(round(1.5), round(2.5), round(0.5), round(-1.5), round(3.14159, 2), round(1234, -2), round(1250, -2), round(5), round(2.675, 2))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__, round(1e20), round(0.0))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2 ** 70, 3))
print(pow(2, 10), pow(2, -2), pow(2, 10, 1000), pow(-2, 3), pow(2.0, 0.5), pow(3, 100, 7), pow(7, -1, 13))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
