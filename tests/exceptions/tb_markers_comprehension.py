# Position markers in comprehensions, generator expressions and lambdas.
inverse = lambda n: 1 / n
print([inverse(n) for n in [1, 2]])
print(list(inverse(n) for n in [4, 0]))
