def running_avg():
    total = 0
    count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count

g = running_avg()
print(next(g))
for v in (10, 20, 30, 5):
    print(v, "->", g.send(v))

def doubler():
    v = yield
    while True:
        v = yield v * 2

d = doubler()
d.send(None)
print([d.send(i) for i in range(5)])
