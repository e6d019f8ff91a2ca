# strip family, padding and alignment.
print(repr('  x  '.strip()), repr('  x  '.lstrip()), repr('  x  '.rstrip()))
print('xxhixx'.strip('x'), 'abcba'.strip('ab'), '\t\n y \n'.strip())
print(repr('ab'.center(7)), repr('ab'.center(6, '*')), repr('ab'.ljust(5, '.')), repr('ab'.rjust(5)))
print('42'.zfill(5), '-42'.zfill(5), '+7'.zfill(4), 'abc'.zfill(2))
print('a\tb\tc'.expandtabs(4), 'prefix_name'.removeprefix('prefix_'), 'file.py'.removesuffix('.py'))
