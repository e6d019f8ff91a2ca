# Dict creation, access, methods; insertion order.
d = {'b': 1, 'a': 2}
d['c'] = 3
print(d, len(d), d['a'], d.get('z'), d.get('z', 0))
print(list(d.keys()), list(d.values()), list(d.items()))
d['b'] = 10; print(d)
del d['a']; print(d)
print(d.pop('c'), d.pop('zz', 'default'), d)
print(d.setdefault('n', []), d)
d.update({'x': 1}, y=2); print(d)
d.update([('z', 3)]); print(d)
print('x' in d, 'q' in d, dict(a=1, b=2), dict([(1, 2)]), dict(zip('ab', [1, 2])))
print(dict.fromkeys(['p', 'q'], 0), {}.fromkeys('ab'))
e = d.copy(); e.clear(); print(e, d)
print(d.popitem(), d)
for k, v in {'one': 1, 'two': 2}.items():
    print(k, v)
print({1: 'a', 1.0: 'b'}, {True: 1, 1: 2})
print(d | {'new': 1}, {**d, 'm': 0})
