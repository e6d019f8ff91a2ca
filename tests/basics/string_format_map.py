# format_map and str.format with nested fields.
print('{a}-{b}'.format_map({'a': 1, 'b': 2}))
print('{0:{1}}|'.format('x', 5), '{:{fill}^{w}}'.format('c', fill='*', w=7))
print('{0.real} {0.imag}'.format(3), '{[0]}'.format('xyz'))
class P:
    name = 'point'
print('{p.name}'.format(p=P()))
try:
    '{} {}'.format(1)
except IndexError as e:
    print('IndexError:', e)
try:
    '{x}'.format(y=1)
except KeyError as e:
    print('KeyError:', e)
