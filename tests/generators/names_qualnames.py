def top():
    yield
def outer():
    def nested():
        yield
    return nested
class K:
    def meth(self):
        yield
    class Inner:
        def deep(self):
            def innermost():
                yield
            return innermost()

for g in (top(), outer()(), K().meth(), K.Inner().deep(), (x for x in ()), (lambda: (yield))()):
    print(g.__name__, g.__qualname__, g.gi_code.co_name)
    r = repr(g)
    print(r.startswith("<generator object " + g.__qualname__ + " at 0x"), r.endswith(">"))
g = top()
g.__name__ = "renamed"
g.__qualname__ = "Q.renamed"
print(g.__name__, g.__qualname__, repr(g).startswith("<generator object Q.renamed at 0x"))
try:
    g.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
