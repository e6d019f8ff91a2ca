# Compile-time error: yield_listcomp.
def f():
    return [(yield 1) for x in y]
