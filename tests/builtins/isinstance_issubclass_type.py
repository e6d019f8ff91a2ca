# isinstance, issubclass, type.
print(type(1), type('a'), type([]), type(None), type(1.0), type(print), type(len))
print(type(1) is int, type(True) is bool, type(type(1)))
print(isinstance(1, int), isinstance(True, int), isinstance('a', (int, str)), isinstance([], list))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, object)))
class A: pass
class B(A): pass
print(type(B()), type(A), type(B()).__name__)
try:
    isinstance(1, 1)
except TypeError as e:
    print('TypeError:', e)
