# Tests may carry their expected output inline, Wren style.
print(1 + 1)  # expect: 2
print('a' * 3)  # expect: aaa
x = [1, 2, 3]
print(x[::-1])  # expect: [3, 2, 1]
print(f'{x[0]:03d}')  # expect: 001
