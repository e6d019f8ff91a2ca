# lambda expressions.
sq = lambda x: x * x
print(sq(5), (lambda: 'no args')(), (lambda a, b=2: a * b)(3))
print(list(map(lambda x: x + 1, [1, 2])), sorted([3, 1, 2], key=lambda x: -x))
print((lambda *a, **k: (a, k))(1, z=2))
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, lambda y: y + 1)(3))
print(sq.__name__)
