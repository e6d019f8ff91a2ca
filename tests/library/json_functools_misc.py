import json, functools
print(json.loads('[NaN, -Infinity, Infinity, null]', parse_constant=lambda c: "C:" + c))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
def deco(f):
    @functools.wraps(f)
    def w(*a):
        return f(*a)
    return w
@deco
def g(x: int) -> str:
    "doc"
    return str(x)
print(g.__name__, g.__doc__, g.__module__, g.__wrapped__(3))
