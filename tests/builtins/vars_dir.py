# vars and dir (filtered to avoid listing every dunder).
class P:
    a = 1
    def __init__(self):
        self.x = 10
        self.y = 20
    def method(self):
        pass
p = P()
print(vars(p))
print([n for n in dir(p) if not n.startswith('__')])
print([n for n in dir(P) if not n.startswith('__')])
print('append' in dir([]), 'upper' in dir(''), 'keys' in dir({}))
try:
    vars(5)
except TypeError as e:
    print('TypeError:', e)
