def trace(tag, v):
    print("eval", tag)
    return v

def gen():
    a = trace("left", 1) + (yield trace("y1", "first")) + trace("right", 2)
    print("a =", a)
    f = trace("func", max)
    b = f(trace("arg1", 5), (yield "second"), trace("arg3", 7), key=trace("kw", abs))
    print("b =", b)
    obj = {"x": 0}
    obj[trace("sub", "x")] += yield "third"
    print("obj =", obj)

g = gen()
print(next(g))
print(g.send(10))
print(g.send(-9))
try:
    g.send(4)
except StopIteration:
    print("done")
