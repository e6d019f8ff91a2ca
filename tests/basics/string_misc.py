# Iteration, comparison, ord/chr, encode and conversions.
for ch in 'héllo':
    print(ch, ord(ch), end='; ')
print()
print(chr(65), chr(0x4e2d), ord('中'))
print('abc' == 'abc', 'a' != 'b', sorted('banana'), list('abc'))
print('中文'.encode(), 'abc'.encode('utf-8'), b'\xe4\xb8\xad'.decode())
print(str(12), str(1.5), str([1, 'a']), str(None), int('  -42 '), int('0x1f', 16), int('z', 36))
print('%' in '100%', 'hello'.__len__(), 'ab' * 2 == 'abab')
print(max('hello'), min('hello'), 'x'.join(reversed('abc')))
