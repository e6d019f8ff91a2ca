# A keyword argument given twice.
def f(**kw):
    pass
f(a=1, a=2)
