# Duplicate parameter names.
def f(a, a):
    pass
