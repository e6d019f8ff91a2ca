# String literals, escapes and quotes.
print('single', "double", '''triple
quoted''', """also
triple""")
print('it\'s', "say \"hi\"", 'tab\there', 'back\\slash')
print('\x41\u00e9\u4e2d')
print(r'raw\n\t', R'raw2\\')
print('con' 'cat' "enation")
print('a' + 'b' * 3, 3 * 'xy', 'x' * 0 + '|')
print(len(''), len('hello'), len('排序后的列表'))
s = '排序后的列表'
print(s[0], s[-1], s[1:3])
print('abc'[1], 'abc'[-1], 'hello'[1:4], 'hello'[::-1], 'hello'[::2])
