rows = [[1, 2], [3, 0]]
inverses = (1 / v for row in rows for v in row)
print(next(inverses))
print(list(inverses))
