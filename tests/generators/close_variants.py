def reraise():
    try:
        yield 1
    except GeneratorExit:
        print("reraise: caught")
        raise

def returns():
    try:
        yield 1
    except GeneratorExit:
        print("returns: caught")
        return "ignored value"

def ignores():
    try:
        yield 1
    except GeneratorExit:
        print("ignores: caught")
        yield 2

def other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("from close")

for f in (reraise, returns, ignores, other):
    g = f()
    next(g)
    try:
        print(f.__name__, "close ->", g.close())
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
    try:
        print(next(g))
    except StopIteration:
        print(f.__name__, "now exhausted")
