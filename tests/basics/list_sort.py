# sorted/sort with key and reverse; stability.
words = ['banana', 'Apple', 'cherry', 'date', 'fig']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'y')]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]))
nums = [5, -3, 2, -8, 0]
nums.sort(key=abs); print(nums)
print(sorted([3.5, 1, 2.25]), sorted([], reverse=True), sorted('cba'))
print(sorted({3: 'a', 1: 'b'}), sorted([[2, 1], [1, 2], [1]]))
