# Exceptions without message print just the class name.
def f():
    raise NotImplementedError
f()
