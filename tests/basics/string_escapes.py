# Escape sequences in literals.
print('a\tb|', 'a\\b', 'quote\'s', "dq\"s", 'nul[\0]'.replace('\0', '0'))
print(len('\n\t\\'), '\x41\x42', '\101', '\u4e2d\u6587', '\U0001F40D' == '🐍', len('🐍'))
print(b'\x41\n'.hex(), r'\d+\.\w', len(r'\n'), 'line\
continued')
print('''a
b''' == 'a\nb', """x\"""" == 'x"')
