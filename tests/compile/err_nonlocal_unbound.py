# Compile-time error: nonlocal_unbound.
def f():
    nonlocal x
