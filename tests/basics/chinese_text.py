# Unicode text: the tutorials print Chinese strings.
words = ['排序', '后的', '列表']
joined = ''.join(words)
print(joined, len(joined), joined[::-1], joined.find('的'))
print('{:>8}|'.format('中文'), f'{"中":*^5}')
print('你好，世界'.replace('世界', 'pyco'), '，'.join(words))
print(sorted(['乙', '甲', '丙']), '甲' < '乙')
变量 = 42
print(变量)
