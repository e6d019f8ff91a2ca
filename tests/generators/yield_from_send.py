def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value

def delegator():
    while True:
        result = yield from accumulate()
        print("subtotal", result)

g = delegator()
next(g)
for v in [1, 2, 3]:
    print("sent", v, "->", g.send(v))
g.send(None)
print(g.send(10))
g.send(None)
