# send, throw and close delegated through three levels of yield from.
def inner():
    total = 0
    try:
        while True:
            try:
                v = yield total
            except ValueError as e:
                print("inner handled", e)
                v = 100
            if v is None:
                return total
            total += v
    finally:
        print("inner finally")

def middle():
    try:
        r = yield from inner()
        print("middle got", r)
        return r * 2
    finally:
        print("middle finally")

def outer():
    try:
        r = yield from middle()
        print("outer got", r)
        yield ("final", r)
    finally:
        print("outer finally")

g = outer()
print(next(g))
print(g.send(1))
print(g.send(2))
print(g.throw(ValueError("v")))
print(g.send(None))
g.close()
print("--- close mid-way")
g = outer()
next(g)
g.send(5)
g.close()
print("--- throw unhandled")
g = outer()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("escaped", repr(e))
