class A:
    xs = [1, 2, 3]
    ys = [10, 20]
    first = list(x for x in xs)
    try:
        pairs = list(x + y for x in xs for y in ys)
    except NameError as e:
        err = str(e)
    try:
        cond = list(x for x in xs if x in xs)
    except NameError as e:
        err2 = str(e)

print(A.first)
print(hasattr(A, "pairs"), getattr(A, "err", None))
print(hasattr(A, "cond"), getattr(A, "err2", None))

class B:
    n = 3
    g = (i for i in range(n))
print(list(B.g))
