# Assignment inside a lambda body is invalid.
f = lambda: x = 1
