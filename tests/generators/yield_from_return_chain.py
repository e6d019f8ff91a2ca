def level(n):
    if n == 0:
        x = yield "bottom"
        return x * 2
    r = yield from level(n - 1)
    return r + 1

g = level(5)
print(next(g))
try:
    g.send(10)
except StopIteration as e:
    print("result", e.value)
