# __new__ and __init__ order; singletons.
class Single:
    _instance = None
    def __new__(cls, *args):
        print('new', args)
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, v):
        print('init', v)
        self.v = v
a = Single(1)
b = Single(2)
print(a is b, a.v)
