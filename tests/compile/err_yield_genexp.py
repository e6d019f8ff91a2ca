# Compile-time error: yield_genexp.
def f():
    return ((yield 1) for x in y)
