# Searching, counting and replacing.
s = 'the quick brown fox jumps over the lazy dog'
print(s.find('the'), s.find('the', 1), s.find('cat'), s.rfind('the'), s.rfind('o'))
print(s.index('quick'), s.rindex('o'), s.count('o'), s.count('the'), s.count(''))
print(s.replace('the', 'a'), s.replace('o', '0', 2))
print('aaa'.replace('a', 'bb'), 'abc'.replace('', '-'))
try:
    s.index('cat')
except ValueError as e:
    print('ValueError', e)
print('中文字符串'.find('字'), '中文字符串'.count('文'))
