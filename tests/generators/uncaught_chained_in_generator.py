def gen():
    try:
        yield 1
    except KeyError:
        raise ValueError("while handling KeyError")

g = gen()
next(g)
g.throw(KeyError("thrown"))
