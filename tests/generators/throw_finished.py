def gen():
    yield 1

g = gen()
print(list(g))
for exc in (ValueError, ValueError("inst"), KeyError("k"), StopIteration, GeneratorExit):
    try:
        g.throw(exc)
    except BaseException as e:
        print(type(e).__name__, repr(e))
