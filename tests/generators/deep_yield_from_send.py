def chain(n):
    if n == 0:
        total = 0
        while True:
            v = yield total
            if v is None:
                return total
            total += v
    r = yield from chain(n - 1)
    return r + 1

g = chain(200)
print(next(g))
for i in range(1, 11):
    last = g.send(i)
print(last)
try:
    g.send(None)
except StopIteration as e:
    print("result", e.value)

def thrower(n):
    if n == 0:
        try:
            yield "bottom"
        except KeyError as e:
            yield "caught at bottom " + str(e)
        return
    yield from thrower(n - 1)

g = thrower(200)
print(next(g))
print(g.throw(KeyError("deep")))
