# Loop variables persist after the loop; range with big steps.
for i in range(3):
    pass
print(i)
total = 0
for i in range(0, 100, 7):
    total += i
print(total)
for x in []:
    pass
try:
    print(never_bound)
except NameError as e:
    print('NameError:', e)
squares = {}
for n in range(5):
    squares[n] = n ** 2
print(squares)
