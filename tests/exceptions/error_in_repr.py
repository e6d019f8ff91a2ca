# An exception raised by __repr__ / __str__ propagates out of print and str.
class Broken:
    def __repr__(self):
        raise ValueError('repr failed')
    def __str__(self):
        raise KeyError('str failed')
for action in [lambda: print(Broken()), lambda: repr([Broken()]), lambda: str(Broken()), lambda: f'{Broken()!r}']:
    try:
        action()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print('TypeError:', e)
