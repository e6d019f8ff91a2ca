# LEGB lookup and UnboundLocalError.
x = 'global'
def f():
    return x
def g():
    x = 'local'
    return x
print(f(), g(), x)
def h():
    try:
        print(x)
        x = 1
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
h()
def uses_builtin():
    return len('abc')
print(uses_builtin())
len = lambda s: 'shadowed'
print(len('abc'))
del len
print(len('abc'))
