import types
class A:
    x = 5
def f(self):
    return self.x
m = types.MethodType(f, A())
print(m(), type(m).__name__)
print(types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1), types.SimpleNamespace(a=1) != types.SimpleNamespace(a=2))
try:
    hash(types.SimpleNamespace())
except TypeError as e:
    print(e)
ns = types.SimpleNamespace(**{"k": 1})
print(ns.k, getattr(ns, "zz", None))
print(types.BuiltinFunctionType.__name__, types.BuiltinMethodType.__name__, types.CodeType.__name__, types.CoroutineType.__name__, types.NoneType, types.EllipsisType, types.NotImplementedType)
print(isinstance(print, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
C = types.new_class("C", (object,), exec_body=lambda ns: ns.update(v=3))
print(C.__name__, C().v, types.TracebackType.__name__)
