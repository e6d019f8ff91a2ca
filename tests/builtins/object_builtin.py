# object, property, staticmethod, classmethod, super as builtins.
o = object()
print(type(o).__name__, isinstance(o, object), isinstance(1, object))
try:
    o.x = 1
except AttributeError as e:
    print('AttributeError:', e)
class C:
    def _get(self):
        return 'got'
    p = property(_get)
    s = staticmethod(lambda: 'static')
    c = classmethod(lambda cls: cls.__name__)
print(C().p, C.s(), C().s(), C.c(), C().c())
class D(C):
    def _get(self):
        return 'D ' + super()._get()
print(D()._get(), type(property).__name__)
