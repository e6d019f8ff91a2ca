# repr, str, int, float, bool constructors.
print(repr(1), repr('a'), repr([1, 'a']), repr(None), repr(1.5), repr((1,)), repr({'a': [1]}))
print(str(1), str('a'), str(b'x'), str(1e100), str(-0.0), str(True))
print(int(), float(), bool(), str(), repr(str()))
print(int('42'), int(4.2), int(-4.9), float('3.5'), float(2), bool('x'), bool(0))
print(int('  +5 '), float('-1e-3'), float('.5'), float('5.'), float('Infinity'), float('nan'))
