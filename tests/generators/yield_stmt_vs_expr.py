# yield as a statement discards the sent value; as an expression it receives it.
def stmt():
    yield 1
    yield
    yield 3

def expr():
    a = yield "first"
    print("a =", a)
    b = (yield a) + 10
    print("b =", b)
    c = [(yield), (yield)]
    print("c =", c)
    return "end"

print(list(stmt()))
g = expr()
print(next(g))
print(g.send("x"))
print(g.send(5))
print(g.send("p"))
try:
    g.send("q")
except StopIteration as e:
    print("stop", e.value)
