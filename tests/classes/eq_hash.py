# __eq__ and __hash__: dict keys, sets, and the default identity semantics.
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        return hash(self.k)
d = {Key(1): 'one'}
print(d[Key(1)], Key(1) == Key(1), Key(1) != Key(2), Key(1) in {Key(1)}, len({Key(1), Key(1), Key(2)}))
class NoHash:
    def __eq__(self, other):
        return True
try:
    {NoHash()}
except TypeError as e:
    print('TypeError:', e)
class Plain: pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, len({a, b, a}))
print(Key(1) == 1, 1 == Key(1))
