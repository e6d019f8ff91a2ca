# The format-spec mini-language for ints.
n = 1234567
for spec in ['', 'd', '10d', '<10d', '^10d', '>10d', '010d', '+d', ' d', '-d', ',', '_', '_b', 'x', '#X', '#o', 'b', '#b', '=+12,', '*^15,', 'c']:
    print(repr(spec), '->', repr(format(n if spec != 'c' else 9731, spec)))
print(format(-42, '08d'), format(-42, '=8d'), format(0, '#x'), format(-255, '#x'))
