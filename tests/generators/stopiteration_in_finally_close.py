def gen():
    try:
        yield 1
    finally:
        raise StopIteration("from finally")

g = gen()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))

g = gen()
next(g)
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)

def genexit_in_finally():
    try:
        yield 1
    finally:
        raise GeneratorExit("custom")
g = genexit_in_finally()
next(g)
print("close:", g.close())
