# List, dict, set comprehensions and generator expressions.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print({x: x * x for x in range(4)}, {x % 3 for x in range(10)})
print(sum(x for x in range(101)), list(c.upper() for c in 'abc'))
print([[j for j in range(i)] for i in range(4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
x = 'outer'
print([x for x in 'ab'], x)
print(max(len(w) for w in ['a', 'abc', 'ab']), any(n > 2 for n in [1, 3]))
print({k: v for k, v in zip('abc', range(3)) if v != 1})
