# locals() inside a generator reflects its variables at each resumption.
def gen(a):
    b = a * 2
    yield sorted(locals().items())
    c = yield "pause"
    yield sorted(locals().items())
    del b
    yield sorted(locals())

g = gen(1)
print(next(g))
print(next(g))
print(g.send("sent"))
print(next(g))
counter = 0
def uses_global():
    global counter
    while counter < 3:
        counter += 1
        yield "counter" in globals(), counter
print(list(uses_global()), counter)
