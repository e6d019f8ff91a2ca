# id and hash: identity is stable; equal values hash equally (values themselves not printed).
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), type(id(a)).__name__)
print(hash(1) == hash(1.0) == hash(True), hash('x') == hash('x'), hash((1, 'a')) == hash((1, 'a')))
print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(1.5), hash(None) == hash(None))
try:
    hash([1])
except TypeError as e:
    print('TypeError:', e)
try:
    hash({})
except TypeError as e:
    print('TypeError:', e)
