# Argument errors happen at call time, not at the first next().
def gen(a, b=2, *args, c, d=4, **kw):
    print("body starts")
    yield (a, b, args, c, d, sorted(kw.items()))

g = gen(1, c=3)
print("created")
print(next(g))
print(list(gen(1, 5, 6, 7, c=8, z=9, y=10)))
for call in (lambda: gen(), lambda: gen(1), lambda: gen(1, c=1, a=2), lambda: gen(1, c=1, **{"b": 2})):
    try:
        call()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)

def defaults(items=[]):
    items.append(len(items))
    yield list(items)
print(next(defaults()), next(defaults()), next(defaults([9])))
