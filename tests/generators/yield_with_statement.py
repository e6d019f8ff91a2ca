class Manager:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False

def gen():
    with Manager("a"):
        yield 1
        yield 2

for x in gen():
    print(x)
g = gen()
next(g)
g.close()
