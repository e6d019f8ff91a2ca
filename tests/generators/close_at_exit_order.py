# Generators still suspended at exit are closed in the order CPython tears the module down.
def gen(name):
    try:
        yield 1
    finally:
        print("finally", name)
def outer():
    try:
        yield from gen("inner")
    finally:
        print("finally outer")
a = gen("a")
next(a)
b = gen("b")
next(b)
o = outer()
next(o)
lst = [gen("in-list")]
next(lst[0])
print("end of program")
