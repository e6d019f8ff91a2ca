def bottom():
    yield "b"

def middle():
    yield from bottom()

def top():
    yield from middle()

def driver(g):
    next(g)
    g.throw(LookupError("thrown at the top"))

driver(top())
