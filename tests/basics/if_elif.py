# if/elif/else and conditional expressions.
for n in [-5, 0, 5, 50]:
    if n < 0:
        print(n, 'negative')
    elif n == 0:
        print(n, 'zero')
    elif n < 10:
        print(n, 'small')
    else:
        print(n, 'large')
print('even' if 4 % 2 == 0 else 'odd', 'yes' if [] else 'no')
if 0: print('never')
else: print('one-line else')
x = 3
print('a' if x > 5 else 'b' if x > 2 else 'c')
