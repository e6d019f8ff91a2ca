# zip, map and filter are lazy iterators.
print(list(zip([1, 2, 3], 'ab', (True, False, None))), list(zip()), list(zip([1])))
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(abs, [-1, 2])))
print(list(filter(None, [0, 1, '', 'a', [], [0]])), list(filter(lambda x: x % 2, range(8))))
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m))
z = zip('ab', 'cd')
print(next(z), list(z))
pairs = [(1, 'a'), (2, 'b')]
nums, letters = zip(*pairs)
print(nums, letters)
