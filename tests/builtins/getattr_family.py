# getattr, setattr, hasattr, delattr.
class Obj:
    cls_attr = 'c'
o = Obj()
setattr(o, 'x', 1)
print(getattr(o, 'x'), getattr(o, 'cls_attr'), getattr(o, 'y', 'default'), hasattr(o, 'x'), hasattr(o, 'y'))
delattr(o, 'x')
print(hasattr(o, 'x'))
print(getattr('abc', 'upper')(), hasattr([], 'append'), getattr(5, 'real'))
try:
    getattr(o, 'missing')
except AttributeError as e:
    print('AttributeError:', e)
try:
    delattr(o, 'missing')
except AttributeError as e:
    print('AttributeError:', e)
try:
    setattr(5, 'x', 1)
except AttributeError as e:
    print('AttributeError:', e)
try:
    getattr(o, 5)
except TypeError as e:
    print('TypeError:', e)
