# printf-style % formatting.
name = 'Tom'
print('%s eat 1' % name)
print('%d items, %5.2f each, %r' % (3, 1.5, 'x'))
print('%5d|%-5d|%05d|%+d' % (42, 42, 42, 42))
print('%x %X %o %#x %#o' % (255, 255, 8, 255, 8))
print('%e %.3e %g %G' % (12345.678, 0.00012, 0.0001, 1e20))
print('%s and %s' % ('a', [1, 2]), '%%', '100%%' % ())
print('%(a)s-%(b)d' % {'a': 'x', 'b': 7})
print('%c%c' % (72, 'i'), '%.2s' % 'abc', '%10.3s|' % 'abcdef')
print('%s' % (1,), '%s' % ((1, 2),))
