# str() of various objects and bytes/str interplay.
print(str(b'ab'), str(b'ab', 'utf-8'), str([b'x']), str(('a', 1)), str({1: 'one'}))
print(str(123456789012345678901234567890), str(0.1 + 0.2), str(10 ** -5), str(float(10 ** 16)))
print(str(int), str(object)[:13])
