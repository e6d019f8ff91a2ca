class CM:
    def __init__(self, i):
        self.i = i
    def __enter__(self):
        print("enter", self.i)
        return self
    def __exit__(self, *exc):
        print("exit", self.i, exc[0].__name__ if exc[0] else None)
        return False

def gen():
    for i in range(5):
        with CM(i):
            if i == 1:
                continue
            if i == 3:
                break
            yield i
    with CM("r"):
        return "ret"

print(list(gen()))
g = gen()
print(next(g))
try:
    g.throw(ValueError("v"))
except ValueError as e:
    print("escaped", e)
