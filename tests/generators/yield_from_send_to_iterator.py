# Sending a non-None value through yield from to a plain iterator fails with AttributeError,
# which is raised inside the delegating generator.
def d(it):
    try:
        yield from it
    except AttributeError as e:
        print("inside:", e)
        yield "handled"

for it in ([1, 2], range(3), "ab", iter({1: 2}), (x for x in [5, 6])):
    g = d(it)
    print(next(g))
    try:
        print(g.send("value"))
    except Exception as e:
        print(type(e).__name__, e)
    print(next(g, "exhausted"))
