# Function decorators, with and without arguments, stacked.
def trace(func):
    def wrapper(*args, **kwargs):
        print('call', func.__name__, args)
        result = func(*args, **kwargs)
        print('done', result)
        return result
    return wrapper
@trace
def add(a, b):
    return a + b
add(1, 2)
def repeat(n):
    def deco(func):
        def wrapper(*a):
            return [func(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return 'hi ' + name
print(hello('x'))
def bold(f):
    return lambda: '<b>' + f() + '</b>'
def italic(f):
    return lambda: '<i>' + f() + '</i>'
@bold
@italic
def text():
    return 'text'
print(text())
registry = []
def register(f):
    registry.append(f.__name__)
    return f
@register
def one(): pass
@register
def two(): pass
print(registry)
