# Bound methods remember self; functions on classes are plain functions.
class A:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
x = A(1)
y = A(2)
getters = [x.get, y.get]
print([g() for g in getters], A.get(y))
m = x.get
x.v = 10
print(m(), m.__self__ is x, m.__name__)
class B:
    pass
B.hello = lambda self: 'hello from ' + type(self).__name__
print(B().hello())
