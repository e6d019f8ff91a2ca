# Compile-time error: global_param.
def f(x):
    global x
