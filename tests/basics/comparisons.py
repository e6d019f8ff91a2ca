# Comparison operators, chained comparisons, identity and membership.
print(1 < 2, 2 <= 2, 3 > 4, 4 >= 5, 1 == 1, 1 != 2)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1.0)
x = 5
print(0 < x <= 5, 0 < x < 5)
print('abc' < 'abd', 'Z' < 'a', [1, 2] < [1, 3], (1, 2) < (1, 2, 0))
print([1, 2] == [1, 2], (1,) == (1,), [1] == (1,))
print(3 in [1, 2, 3], 4 not in [1, 2], 'b' in 'abc', 'bc' in 'abc', 'x' not in 'abc')
print(2 in {1: 'a', 2: 'b'}, 'a' in {1: 'a'}, 1 in {1, 2})
a = [1]
b = a
c = [1]
print(a is b, a is c, a is not c, a == c)
