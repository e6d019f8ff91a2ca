# Rich comparisons and their reflections; sorting user objects.
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __le__(self, other):
        return self.v <= other.v
    def __eq__(self, other):
        return self.v == other.v
    def __repr__(self):
        return 'V(%d)' % self.v
print(V(1) < V(2), V(2) > V(1), V(3) <= V(3), V(3) >= V(4), V(1) == V(1))
print(sorted([V(3), V(1), V(2)]), max([V(3), V(7), V(5)]), min(V(9), V(4)))
class Only: pass
try:
    Only() < Only()
except TypeError as e:
    print('TypeError:', e)
