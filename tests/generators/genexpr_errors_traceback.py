def check(v):
    if v == 2:
        raise ValueError("bad element %d" % v)
    return v

total = sum(check(x) for x in range(5))
print(total)
