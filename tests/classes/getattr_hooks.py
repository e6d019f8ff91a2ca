# __getattr__ is called only for missing attributes; setattr/getattr/hasattr.
class Dyn:
    exists = 'real'
    def __getattr__(self, name):
        if name.startswith('x_'):
            return 'dyn:' + name
        raise AttributeError(name)
d = Dyn()
print(d.exists, d.x_hello, getattr(d, 'x_y'), hasattr(d, 'nope'), getattr(d, 'nope', 'dflt'))
class Rec:
    def __init__(self):
        self.log = []
    def __setattr__(self, name, value):
        if name != 'log':
            self.log.append(name)
        object.__setattr__(self, name, value)
r = Rec()
r.a = 1
r.b = 2
print(r.log, r.a, r.b)
class Plain: pass
p = Plain()
setattr(p, 'z', 26)
print(p.z, getattr(p, 'z'), vars(p))
delattr(p, 'z')
try:
    p.z
except AttributeError as e:
    print('AttributeError:', e)
