# More list behaviour: equality, nesting, copying, in-place ops.
a = [1, [2, 3]]
b = a.copy()
b[1].append(4)
print(a, b, a == b, a is b)
c = a[:]
c[0] = 99
print(a[0], c[0])
print([1, 2] * 0, [] * 5, [None] * 2)
lst = [5, 3, 8]
lst[len(lst):] = [9]
print(lst, lst.index(8, 1), lst[-1:-3:-1])
print(list(map(list, ['ab', 'c'])), [x for x in [[1, 2], [3]] for x in x])
big = list(range(1000))
print(sum(big), big[500], len(big[::7]))
nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(max(nums), nums.index(max(nums)), sorted(nums)[len(nums) // 2])
