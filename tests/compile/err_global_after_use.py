# Compile-time error: global_after_use.
def f():
    print(x)
    global x
