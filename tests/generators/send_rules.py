def gen():
    x = yield "ready"
    while True:
        x = yield "got " + repr(x)

g = gen()
for bad in (1, "s", [], 0):
    try:
        g.send(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(g.send(None))
print(g.send(1))
print(g.send([2]))
print(next(g))

g2 = gen()
next(g2)
print(g2.send(None))
