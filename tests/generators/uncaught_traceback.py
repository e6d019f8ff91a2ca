def inner():
    yield 1
    raise ValueError("bad value in generator")

def outer():
    yield from inner()

for v in outer():
    print("got", v)
