# Builtin types are callable classes and usable as keys or values.
convert = [int, float, str, bool, list, tuple]
for t in convert:
    print(t.__name__, repr(t('1') if t not in (list, tuple) else t('12')))
print(int.__name__, list.__name__, dict.__name__)
print(list(map(int, '123')), list(map(str.upper, ['a', 'b'])), sorted(['b', 'A'], key=str.lower))
