# iter and next, with defaults and the sentinel form.
it = iter([1, 2])
print(next(it), next(it), next(it, 'default'))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)
d = iter({'a': 1, 'b': 2})
print(list(d))
data = [3, 2, 1, 0, 5]
pos = iter(data)
print(list(iter(lambda: next(pos), 0)))
s = iter('ab')
print(iter(s) is s, next(s))
try:
    next([1])
except TypeError as e:
    print('TypeError:', e)
