# Compile-time error: global_after_assign.
def f():
    x = 1
    global x
