# @staticmethod and @classmethod, called on class and instance.
class Counter:
    total = 0
    def __init__(self):
        Counter.total += 1
    @classmethod
    def make(cls):
        return cls()
    @classmethod
    def how_many(cls):
        return cls.__name__ + ':' + str(cls.total)
    @staticmethod
    def add(a, b):
        return a + b
class Sub(Counter):
    pass
Counter.make()
s = Sub.make()
print(type(s).__name__, Counter.how_many(), Sub.how_many(), s.how_many())
print(Counter.add(2, 3), s.add(4, 5))
