# Closing a delegating generator whose inner one is suspended in yield from another;
# the inner generator's return value is ignored on close.
def inner():
    try:
        yield 1
    except GeneratorExit:
        print("inner got GeneratorExit")
        return "ignored"

def outer():
    try:
        r = yield from inner()
        print("not reached", r)
    except GeneratorExit:
        print("outer got GeneratorExit")
        raise

g = outer()
next(g)
print(g.close())

def inner_ignore():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"

def outer2():
    yield from inner_ignore()

g = outer2()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
