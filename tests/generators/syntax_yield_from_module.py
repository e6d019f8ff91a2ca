def f():
    x = [1]
    yield from x

yield from f()
