# Bitwise and boolean special methods, __bool__ and __len__ truthiness.
class Flags:
    def __init__(self, v):
        self.v = v
    def __and__(self, o): return Flags(self.v & o.v)
    def __or__(self, o): return Flags(self.v | o.v)
    def __xor__(self, o): return Flags(self.v ^ o.v)
    def __invert__(self): return Flags(~self.v)
    def __lshift__(self, n): return Flags(self.v << n)
    def __rshift__(self, n): return Flags(self.v >> n)
    def __bool__(self): return self.v != 0
    def __repr__(self): return 'Flags(%d)' % self.v
a, b = Flags(12), Flags(10)
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(bool(Flags(0)), bool(a), 'yes' if Flags(0) else 'no', not a)
class Sized:
    def __len__(self): return 0
print(bool(Sized()), 'empty' if not Sized() else 'full')
