# def, return, defaults, keyword arguments.
def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct
print(greet('Ann'), greet('Bob', 'Hi'), greet('Cy', punct='?'), greet(greeting='Yo', name='Di'))
def noreturn():
    pass
print(noreturn())
def multi():
    return 1, 2
print(multi())
def default_list(x, acc=[]):
    acc.append(x)
    return acc
print(default_list(1), default_list(2))
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6))
print(greet.__name__, f.__name__)
def doc():
    "docstring"
    return doc.__doc__
print(doc())
