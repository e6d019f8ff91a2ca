# Closing a delegating generator closes every inner generator first, innermost first.
def level(n):
    try:
        if n == 0:
            yield "leaf"
        else:
            yield from level(n - 1)
    finally:
        print("finally level", n)

g = level(3)
print(next(g))
g.close()
print("closed")

class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        return self.i
    def close(self):
        print("custom iterator close called")

def outer():
    try:
        yield from It()
    finally:
        print("outer finally")

g = outer()
print(next(g), next(g))
g.close()

def bad_inner():
    try:
        yield 1
    finally:
        raise KeyError("inner close failed")

def outer2():
    try:
        yield from bad_inner()
    except KeyError as e:
        print("outer2 saw", repr(e))
        raise

g = outer2()
next(g)
try:
    g.close()
except KeyError as e:
    print("close raised", repr(e))
