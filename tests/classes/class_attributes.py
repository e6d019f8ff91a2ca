# Class attributes vs instance attributes; mutable class attributes are shared.
class Shared:
    items = []
    n = 0
    def add(self, x):
        self.items.append(x)
        self.n += 1
a, b = Shared(), Shared()
a.add(1); b.add(2); a.add(3)
print(Shared.items, a.n, b.n, Shared.n)
print('n' in vars(a), 'items' in vars(a))
Shared.n = 100
c = Shared()
print(c.n, a.n)
class WithDoc:
    """A documented class."""
    value = 1 + 2
    double = value * 2
print(WithDoc.__doc__, WithDoc.double)
print(sorted(k for k in vars(WithDoc) if not k.startswith('__')))
