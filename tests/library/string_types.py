import string
print(repr(string.ascii_letters), repr(string.ascii_lowercase), repr(string.ascii_uppercase))
print(repr(string.digits), repr(string.hexdigits), repr(string.octdigits))
print(repr(string.punctuation), repr(string.whitespace), repr(string.printable))
print(string.capwords("hello   big world"), string.capwords("a-b c-d", "-"))
t = string.Template("$who likes ${what}; $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)

import types
def f():
    pass
def g():
    yield 1
print(isinstance(f, types.FunctionType), isinstance(g(), types.GeneratorType), isinstance(len, types.BuiltinFunctionType), isinstance(f, types.GeneratorType))
print(types.FunctionType.__name__, types.GeneratorType.__name__, types.LambdaType is types.FunctionType, types.ModuleType.__name__)
class K:
    def m(self):
        pass
print(isinstance(K().m, types.MethodType), isinstance(types, types.ModuleType), types.NoneType is type(None))
ns = types.SimpleNamespace(a=1, b="x")
print(ns, ns.a, ns.b)
ns.c = [1]
del ns.a
print(ns, ns == types.SimpleNamespace(b="x", c=[1]), vars(ns))
print(types.SimpleNamespace(), repr(types.SimpleNamespace(z=types.SimpleNamespace(y=2))))
mp = types.MappingProxyType({"a": 1}) if hasattr(types, "MappingProxyType") else {"a": 1}
print(mp["a"], len(mp))
print(string.Template("${a}b $c").get_identifiers(), string.Template("$").is_valid())
try:
    string.Template("ok\n  $ 1").substitute(a=1)
except ValueError as e:
    print(e)
print(string.Template("$a $b").safe_substitute({"a": 1}), string.Template("$a").substitute({"a": 1}, a=2))
class NS(types.SimpleNamespace):
    pass
print(NS(q=1), types.MappingProxyType({"k": 2}), repr(types.MappingProxyType({})))
