# Compile-time error: duplicate_arg.
def f(x, y, x):
    pass
