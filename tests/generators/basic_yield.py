def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

g = count(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
print(list(count(5)))
for x in count(2):
    print("for", x)
