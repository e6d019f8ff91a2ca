# yield from a generator that was already partly consumed continues where it was.
def numbers():
    for i in range(6):
        x = yield i
        if x:
            print("numbers got", x)
    return "numbers done"

inner = numbers()
print(next(inner), next(inner))

def outer():
    r = yield from inner
    yield r

g = outer()
print(next(g))
print(g.send("hello"))
print(list(g))
def outer_again():
    r = yield from inner
    yield ("again", r)
print(list(outer_again()))
