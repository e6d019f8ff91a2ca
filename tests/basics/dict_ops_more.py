# More dict behaviour: keys of many types, ordering after deletes, comprehension.
d = {1: 'int', 'a': 'str', (1, 2): 'tuple', None: 'none', 2.5: 'float', True: 'bool-overwrites-1'}
print(d)
d2 = dict.fromkeys(range(5))
del d2[2]
d2[2] = 'back'
print(list(d2))
print({k: len(k) for k in ['aa', 'b']}, dict(sorted({'b': 1, 'a': 2}.items())))
inv = {v: k for k, v in {'x': 1, 'y': 2}.items()}
print(inv)
nested = {}
nested.setdefault('list', []).append(1)
nested.setdefault('list', []).append(2)
print(nested)
try:
    {}.popitem()
except KeyError as e:
    print('KeyError:', e)
print(len({i: i for i in range(1000)}), {i % 3: i for i in range(10)})
