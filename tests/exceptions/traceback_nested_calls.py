# A traceback lists every frame from the module down to the raise.
def a(x):
    return b(x) + 1
def b(x):
    return c(x)
def c(x):
    items = [1, 2, 3]
    return items[x]
print(a(1))
print(a(10))
