def gen():
    while True:
        try:
            yield
        except Exception as e:
            print(type(e).__name__, e.args)

g = gen()
next(g)
g.throw(ValueError, "val")
g.throw(ValueError, ("a", "b"))
g.throw(ValueError, None)
g.throw(ValueError, ValueError("inst"), None)
g.throw(KeyError, "k", None)
g.throw(TypeError("t"), None, None)
try:
    g.throw(TypeError("t"), "extra")
except TypeError as e:
    print("error:", e)
try:
    g.throw(1)
except TypeError as e:
    print("error:", e)
try:
    g.throw(ValueError, 1, 2)
except TypeError as e:
    print("error:", e)
