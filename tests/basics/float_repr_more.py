# More float reprs: large, small, and arithmetic results.
vals = [1/7, 22/7, 1e-10, 123e45, 5e-324, 1.7976931348623157e308, 0.30000000000000004, 100.0/3, 2.0**53, 2.0**53 + 1, 9007199254740993.0, 1e15 + 0.3]
for v in vals:
    print(repr(v), str(v))
print(float(2 ** 53 + 1), float(10 ** 17), 10 ** 16 * 1.0, 1.0e-4, 0.001)
print(3 * 1.1, 0.1 + 0.7, 1.1 + 2.2, 4.35 * 100, 0.57 * 100)
