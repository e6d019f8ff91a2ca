# An exception in __init__ propagates to the caller; no object is bound.
class Strict:
    def __init__(self, v):
        if v < 0:
            raise ValueError('negative: %d' % v)
        self.v = v
ok = Strict(1)
try:
    bad = Strict(-5)
except ValueError as e:
    print('ValueError:', e)
print(ok.v, 'bad' in globals())
