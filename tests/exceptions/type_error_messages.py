# TypeError messages for operators between mismatched types.
pairs = [(1, 'a'), ('a', 1), ([1], (1,)), ({}, {}), (None, 1), (1.5, []), ({1}, [1])]
for a, b in pairs:
    try:
        a + b
    except TypeError as e:
        print('+', e)
for a, b in [(1, 'a'), ([], 1), ('a', 'b'), (None, None)]:
    try:
        a - b
    except TypeError as e:
        print('-', e)
for a, b in [(1, None), ('a', 1.5), ([], {})]:
    try:
        a < b
    except TypeError as e:
        print('<', e)
try:
    'abc' * 'x'
except TypeError as e:
    print('*', e)
try:
    ~1.5
except TypeError as e:
    print('~', e)
