# with: __enter__/__exit__, exception suppression, several items.
class Res:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with Res('a') as v:
    print('body', v)
with Res('b', suppress=True):
    raise ValueError('swallowed')
print('after b')
try:
    with Res('c'):
        raise KeyError('k')
except KeyError as e:
    print('caught', repr(e))
with Res('x') as x, Res('y') as y:
    print('both', x, y)
def early():
    with Res('r'):
        return 'returned'
print(early())
for i in range(3):
    with Res('loop%d' % i):
        if i == 1:
            break
