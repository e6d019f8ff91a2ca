# __dict__ / vars on instances, and __class__.
class P:
    def __init__(self):
        self.a = 1
        self.b = 'x'
p = P()
print(p.__dict__, vars(p))
p.__dict__['c'] = 3
print(p.c, p.__class__.__name__, p.__class__ is P)
print(type(p) == P, type(P).__name__, type(type).__name__)
