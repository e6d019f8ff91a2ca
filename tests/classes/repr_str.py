# __repr__ and __str__ are used by print, str, repr, f-strings and containers.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x!r}, {self.y!r})'
class Named:
    def __str__(self):
        return 'named-str'
    def __repr__(self):
        return 'named-repr'
class OnlyRepr:
    def __repr__(self):
        return '<only>'
p = Point(1, 'a')
print(p, str(p), repr(p), [p], {'k': p}, (p,))
n = Named()
print(n, str(n), repr(n), [n], f'{n}', f'{n!r}', '%s %r' % (n, n), '{} {!r}'.format(n, n))
print(OnlyRepr(), str(OnlyRepr()))
