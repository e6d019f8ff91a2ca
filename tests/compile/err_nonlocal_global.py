# Compile-time error: nonlocal_global.
def f():
    x = 1
    def g():
        global x
        nonlocal x
