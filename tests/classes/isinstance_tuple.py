# isinstance with tuples of types and builtin types.
vals = [1, 1.5, 'a', [1], (1,), {1: 2}, {1}, None, True, b'x']
for v in vals:
    print(repr(v), isinstance(v, (int, float)), isinstance(v, (list, tuple)), isinstance(v, object), type(v).__name__)
print(isinstance(int, type), isinstance(object, type), issubclass(bool, int), issubclass(type, object))
