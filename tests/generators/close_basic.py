def gen():
    try:
        yield 1
        yield 2
    finally:
        print("finally runs")

g = gen()
print(next(g))
print(g.close())
print(list(g))
g.close()
h = gen()
h.close()
print("closing an unstarted generator runs nothing")
