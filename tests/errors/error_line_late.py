# The reported line is the offending one even late in the file.
def ok():
    return 1


def also_ok(x):
    return x * 2

y = also_ok(ok())
z = [y for y in range(3)] ]
