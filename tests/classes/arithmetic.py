# Arithmetic special methods, reflected and in-place.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return Vec(self.x * k * 10, self.y * k * 10)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self
    def __repr__(self):
        return 'Vec(%r, %r)' % (self.x, self.y)
a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, a - b, a * 2, 2 * a, -a, abs(b), b / 2, b // 2, b % 2, a ** 2)
c = a
c += b
print(c, a, c is a)
class Num:
    def __init__(self, n):
        self.n = n
    def __radd__(self, other):
        return 'radd(%r)' % other
    def __rsub__(self, other):
        return 'rsub(%r)' % other
print(1 + Num(2), 'x' + Num(0), 5 - Num(1), 0 + Num(1))
try:
    Vec(1, 1) + 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    Num(1) + 1
except TypeError as e:
    print('TypeError:', e)
