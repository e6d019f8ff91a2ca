# callable.
class C:
    def __call__(self):
        return 1
    def m(self):
        pass
print(callable(len), callable(C), callable(C()), callable(C().m), callable(lambda: 0), callable(1), callable('s'), callable(None))
