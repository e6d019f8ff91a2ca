# f(**x) needs a mapping; the error names the function as CPython does
# ("__main__.f()", "__main__.C.m()", "print()"), whichever way it was called.
def f(*args, **kwargs):
    return args, kwargs


class C:
    def m(self, **kwargs):
        return kwargs


class Keys:
    def keys(self):
        return ["z"]

    def __getitem__(self, key):
        return 9


print(f(*[1], **{"a": 2}), f(1, **{"b": 3}), f(**Keys()), C().m(**{"c": 4}))
for call in (lambda: f(**5), lambda: C().m(**None), lambda: print(**3), lambda: f(1, *[2], **[3])):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
