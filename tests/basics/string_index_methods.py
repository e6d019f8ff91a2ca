# str.index/rindex/find with start and end, negative indexes.
s = 'abracadabra'
print(s.find('a', 1), s.find('a', -3), s.find('bra', 2, 8), s.rfind('a', 0, -1), s.index('cad'), s.rindex('abra'))
print(s.count('a', 2), s.count('abra', 0, 5), s.startswith('cad', 4), s.endswith('cad', 0, 7))
print(s[s.find('c'):], s.split('a'), s.split('a', 2), s.rsplit('a', 2))
print(s.upper().lower() == s, s.replace('a', 'A', 3), s.partition('c'), s.rpartition('a'))
