# Zero-argument super() and __class__ inside generator methods, before and after a yield.
class A:
    def items(self):
        yield "A1"
        yield "A2"
    def tag(self):
        return "A.tag"

class B(A):
    def items(self):
        yield "B-start"
        yield from super().items()
        yield super().tag()
        yield __class__.__name__

class C(B):
    def items(self):
        first = True
        for v in super().items():
            if first:
                yield "C sees " + v
                first = False
            else:
                yield v
        yield type(self).__name__

print(list(B().items()))
print(list(C().items()))

class D:
    @classmethod
    def make(cls):
        yield cls.__name__
        yield super().__repr__ is not None

class E(D):
    pass
print(list(E.make()))
