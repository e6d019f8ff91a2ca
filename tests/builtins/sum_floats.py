# sum of floats follows CPython's rounding.
print(sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]), sum([1, 2.5]), sum(range(10), 0.0))
print(sum([0.1] * 3), 0.1 + 0.1 + 0.1)
