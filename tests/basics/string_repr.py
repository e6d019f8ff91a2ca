# repr of strings chooses quotes and escapes as CPython does.
print(repr('abc'), repr("it's"), repr('say "x"'), repr('both \' and "'))
print(repr('a\nb\tc\\d'), repr('\x00\x7f'), repr('é中'))
print(repr(''), [ 'a', "b'", 'c"' ])
print(str('x'), repr(repr('q')))
print(ascii('é中') if True else None)
