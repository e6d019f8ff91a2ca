# The container constructors.
print(list(), list('abc'), list((1, 2)), list({'a': 1}), list(range(3)), list({3: 1}.values()))
print(tuple(), tuple([1, 2]), tuple('ab'), tuple(x * 2 for x in range(3)))
print(dict(), dict(a=1), dict([('a', 1), ('b', 2)]), dict({'x': 1}, y=2), dict(zip([1, 2], 'ab')))
print(set(), set([3, 3, 1]), set(range(4)), frozenset([1, 1]), frozenset())
print(len(set('hello')), sorted(set('hello')))
try:
    dict([1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    dict([('a',)])
except ValueError as e:
    print('ValueError:', e)
