def gen():
    x = yield 1
    print("x =", x)

g = gen()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
print(g.send(None))
try:
    g.send(42)
except StopIteration as e:
    print("done", e.value)
