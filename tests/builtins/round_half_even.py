# round uses banker's rounding and exact decimal representation.
print([round(x) for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5]])
print([round(x, 1) for x in [0.05, 0.15, 0.25, 0.35, 0.45]])
print(round(123.456, -1), round(-123.456, 1), round(1.0000001, 5), round(10 ** 20 + 0.5))
print(round(15, -1), round(25, -1), round(-35, -1), round(2 ** 70 + 1, -5))
