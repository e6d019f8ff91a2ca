# Deep recursion raises RecursionError, which can be caught; the program continues.
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print('RecursionError:', e)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print('still works:', count(500))
