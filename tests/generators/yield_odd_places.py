# yield in default arguments, decorators, with items, assert messages, del targets, for iterables.
def gen():
    def inner(a=(yield "default")):
        return a
    print("inner() ->", inner())
    def deco(f):
        return f
    @(yield "decorator")
    def decorated():
        return "decorated body"
    print("decorated() ->", decorated())
    class CM:
        def __enter__(self):
            return "cm"
        def __exit__(self, *a):
            print("cm exit")
    with (yield "with-item") as v:
        print("with as", v)
    d = {"a": 1, "b": 2}
    del d[(yield "del-key")]
    print("d =", d)
    for x in (yield "iterable"):
        print("loop", x)
    try:
        assert (yield "assert-cond"), (yield "assert-msg")
    except AssertionError as e:
        print("AssertionError", e.args)
    f = lambda: (yield "lambda-inner")
    print("lambda generator", next(f()))
    return "end"

g = gen()
print(next(g))
print(g.send("A"))
print(g.send(lambda fn: fn))
CMcls = None
class CM2:
    def __enter__(self):
        return "entered"
    def __exit__(self, *a):
        print("CM2 exit")
print(g.send(CM2()))
print(g.send("b"))
print(g.send([1, 2]))
print(g.send(0))
try:
    g.send("message")
except StopIteration as e:
    print("value", e.value)
