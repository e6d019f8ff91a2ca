# Views are live; iteration order; equality.
d = {'x': 1, 'y': 2}
k = d.keys()
d['z'] = 3
print(k, len(k), 'z' in k)
print(d.values(), d.items())
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {'a': 1} != {'a': 2})
print(list(reversed(d)), sorted(d.items(), key=lambda kv: -kv[1]))
counts = {}
for w in 'the cat the dog the end'.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
try:
    for key in d:
        d['w'] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
