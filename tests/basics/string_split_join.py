# split, rsplit, splitlines, partition, join.
print('a,b,,c'.split(','), 'a b  c '.split(), '  lead'.split(' '))
print('a,b,c'.split(',', 1), 'a,b,c'.rsplit(',', 1), 'x'.split(','))
print('one\ntwo\r\nthree\n'.splitlines(), 'one\ntwo\n'.splitlines(True))
print('k=v=w'.partition('='), 'k=v=w'.rpartition('='), 'abc'.partition('x'))
print('-'.join(['a', 'b', 'c']), ''.join('xyz'), ', '.join(str(i) for i in range(4)))
print('url_4'.split('_')[-1], int('url_12'.split('_')[-1]))
try:
    '-'.join(['a', 1])
except TypeError as e:
    print('TypeError', e)
