# More string methods.
print('Hello World'.split('o'), 'a b c'.split(None, 1), '  a  b  '.rsplit(None, 1))
print('%'.join('abc'), '|'.join([]), 'x'.center(4, '-'), 'ab'.ljust(1))
print('hello'.startswith('ell', 1), 'hello'.endswith(('x', 'lo')), 'abc'.find('c', -1), 'abcabc'.rfind('b', 0, 3))
print('tHe wOrLd'.title(), "they're bill's".title(), 'a1b2'.upper())
print('aaa'.count('aa'), 'abc'.index('c'), ''.join(reversed('abc')), 'abc'.translate({97: 'A', 98: None}))
print(str.maketrans('ab', 'xy'), 'abba'.translate(str.maketrans('ab', 'xy')))
print('Ab'.isascii(), '中'.isascii(), '  '.isspace(), ''.isspace(), 'a b'.split(' '))
print('line1\nline2'.split('\n'), 'a\tb'.split('\t'), 'a'.zfill(3))
