# types.ModuleType(name, doc) creates an empty module that can be filled,
# registered in sys.modules and imported from there.
import sys
import types

m = types.ModuleType("made", "A module made at run time.")
print(m, repr(m), type(m).__name__)
print(m.__name__, m.__doc__)
print(m.__loader__, m.__spec__, m.__package__)
print(sorted(m.__dict__))

m.answer = 42
m.double = lambda n: n * 2
exec("def triple(n):\n    return n * 3\n", m.__dict__)
sys.modules["made"] = m

import made
from made import answer, double, triple

print(made is m, answer, double(answer), triple(2))

n = types.ModuleType("bare")
print(n, n.__doc__)
try:
    n.missing
except AttributeError as e:
    print("AttributeError", e)

print(type(m) is types.ModuleType, isinstance(sys, types.ModuleType), isinstance(m, types.ModuleType))
print(type(sys)("other"))

for bad in [lambda: types.ModuleType(), lambda: types.ModuleType(5), lambda: types.ModuleType("a", "b", "c")]:
    try:
        bad()
    except TypeError:
        print("TypeError")
