# Compile-time error: import_star_function.
def f():
    from math import *
