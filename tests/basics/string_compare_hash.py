# String equality, hashing as dict keys, interning independence.
a = 'hel' + 'lo'
b = 'hello'
print(a == b, hash(a) == hash(b), {a: 1}[b])
keys = {}
for word in ['x', 'y', 'x' + '', 'xy'[0]]:
    keys[word] = keys.get(word, 0) + 1
print(keys)
print('abc' < 'abcd', 'b' > 'abc', '' < 'a', 'a' * 3 == 'aaa')
