# Sets of ints (deterministic order), set algebra and methods.
s = {3, 1, 2}
print(s, len(s), 2 in s, 5 in s)
s.add(4); s.discard(10); s.remove(1); print(s)
print({1, 2, 3} | {3, 4}, {1, 2, 3} & {2, 3, 4}, {1, 2, 3} - {2}, {1, 2} ^ {2, 3})
print({1, 2}.union([3]), {1, 2}.intersection({2}), {1, 2}.difference([1]), {1}.symmetric_difference({2}))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {1}, {1}.isdisjoint({2}))
print(set(), set([1, 1, 2]), set('aaa'), frozenset([1, 2]), frozenset())
fs = frozenset({1, 2})
print({fs: 'ok'}[frozenset([2, 1])], fs | {3}, hash(fs) == hash(frozenset([1, 2])))
t = {5, 6}
print(t.pop(), t)
u = {1, 2, 3}
u &= {2, 3}; u |= {9}; u -= {3}; print(u)
print(sorted({'pear', 'apple', 'fig'}), len({'a', 'b', 'a'}))
try:
    {1}.remove(2)
except KeyError as e:
    print('KeyError', e)
