class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return self.n + 1

def d():
    result = yield from Countdown(3)
    print("result:", result)
    result = yield from iter([4, 5])
    print("list iterator result:", result)

print(list(d()))

class Iterable:
    def __iter__(self):
        return iter("xyz")

def d2():
    r = yield from Iterable()
    yield r
print(list(d2()))

class NoSend:
    def __iter__(self):
        return self
    def __next__(self):
        return 1

def d3():
    yield from NoSend()

g = d3()
next(g)
try:
    g.send(5)
except AttributeError as e:
    print("AttributeError:", e)

def d4():
    yield from 5
try:
    list(d4())
except TypeError as e:
    print("TypeError:", e)
