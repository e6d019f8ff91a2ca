# The format-spec mini-language for strings.
s = 'pyco'
for spec in ['', 's', '10', '<10', '>10', '^10', '*^11', '-<8', '.2', '10.2', '^7.3']:
    print(repr(spec), '->', repr(format(s, spec)))
print('{:>6}|{:<6}|{:^6}|'.format('中文', '中文', '中文'))
try:
    format('x', '+')
except ValueError as e:
    print('ValueError:', e)
try:
    format('x', ',')
except ValueError as e:
    print('ValueError:', e)
