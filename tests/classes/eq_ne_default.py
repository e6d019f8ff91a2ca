# __ne__ defaults to the inverse of __eq__; NotImplemented falls back.
class A:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if not isinstance(other, A):
            return NotImplemented
        return self.v == other.v
print(A(1) == A(1), A(1) != A(1), A(1) != A(2), A(1) == 'x', A(1) != 'x')
print(A(1) in [A(0), A(1)], [A(2)].index(A(2)), [A(1), A(1)].count(A(1)))
class Bad:
    def __lt__(self, other):
        return NotImplemented
try:
    Bad() < Bad()
except TypeError as e:
    print('TypeError:', e)
