def gen():
    while True:
        try:
            yield
        except Exception as e:
            print(type(e).__name__, e.args)

g = gen()
next(g)
g.throw(ValueError)
g.throw(KeyError("k"))
g.throw(TypeError, "msg")
g.throw(RuntimeError, ("a", "b"))
g.throw(IndexError, IndexError("same"))
try:
    g.throw(42)
except TypeError as e:
    print("TypeError:", e)
