# Subclasses of built-in types.
class MyList(list):
    def total(self):
        return sum(self)
m = MyList([1, 2, 3])
m.append(4)
print(m, m.total(), len(m), isinstance(m, list), type(m).__name__)
class MyDict(dict):
    def __missing__(self, key):
        return key * 2
d = MyDict(a=1)
print(d['a'], d['zz'], d)
class MyStr(str):
    def shout(self):
        return self.upper() + '!'
print(MyStr('hi').shout(), MyStr('x') + 'y')
class MyInt(int):
    pass
print(MyInt(5) + 1, isinstance(MyInt(5), int))
