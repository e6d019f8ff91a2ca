# Generators that reference themselves, or are abandoned half-way in large numbers,
# do not disturb the program; an explicit close still runs their finally blocks.
def selfref():
    me = yield
    while True:
        yield me

g = selfref()
next(g)
g.send(g)
print(next(g) is g)
del g

def with_finally(tag):
    try:
        yield tag
    finally:
        print("finalized", tag)

keep = []
for i in range(3):
    h = with_finally(i)
    next(h)
    keep.append(h)
for h in keep:
    h.close()

def pair():
    other = yield
    yield other

total = 0
for i in range(20000):
    a = pair()
    b = pair()
    next(a)
    next(b)
    total += a.send(b) is b
    b.send(a)
print(total)
print("end")
