# Attribute errors from instances and classes use CPython's messages.
class K:
    def m(self):
        return 1
k = K()
for expr in ['k.missing', 'K.missing', 'k.m(1)', 'K()(1)']:
    try:
        if expr == 'k.missing': k.missing
        elif expr == 'K.missing': K.missing
        elif expr == 'k.m(1)': k.m(1)
        else: K()(1)
    except (AttributeError, TypeError) as e:
        print(expr, '->', type(e).__name__ + ':', e)
try:
    K(1)
except TypeError as e:
    print('TypeError:', e)
class I:
    def __init__(self, a):
        pass
try:
    I()
except TypeError as e:
    print('TypeError:', e)
