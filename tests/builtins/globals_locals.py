# globals and locals.
x = 1
def f(a, b=2):
    c = 3
    return sorted(locals().items())
print(f(0))
print('x' in globals(), globals()['x'], globals()['__name__'])
g = globals()
g['created_dynamically'] = 'yes'
print(created_dynamically)
print(sorted(k for k in globals() if not k.startswith('__')))
