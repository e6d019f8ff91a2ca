d = {1: 1, 2: 2}
g = (k for k in d)
print(next(g))
d[3] = 3
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2}
g = (x for x in s)
next(g)
s.add(5)
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
lst = [1, 2, 3]
g = (x for x in lst)
print(next(g))
lst.append(4)
lst.pop(0)
print(list(g))
