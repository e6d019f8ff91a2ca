# The format-spec mini-language for floats.
x = 1234.56789
for spec in ['', 'f', '.0f', '.1f', '10.2f', '<10.2f', '^12.3f', '010.2f', '+.2f', ',.2f', 'e', '.2e', 'E', 'g', '.3g', '.10g', 'G', '%', '.1%', '_.1f']:
    print(repr(spec), '->', repr(format(x, spec)))
for v in [0.0, -0.0, 1e-5, 1e16, 123456789.0, 0.1, 1.5e-10, 2.5, 3.5]:
    print(repr(format(v, '')), repr(format(v, 'g')), repr(format(v, '.2f')), repr(format(v, 'e')))
