# throw() delegated to an iterator without a throw method raises at the yield from;
# close() calls the iterator's close() only if it has one.
class Plain:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return self.n

class WithThrow(Plain):
    def throw(self, *args):
        print("WithThrow.throw got", [type(a).__name__ for a in args])
        return "thrown-value"
    def close(self):
        print("WithThrow.close")

def d(it):
    try:
        yield from it
    except KeyError as e:
        print("delegator caught", repr(e))
        yield "after"
    finally:
        print("delegator finally")

g = d(Plain())
print(next(g))
print(g.throw(KeyError("k")))
g.close()
g = d(WithThrow())
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
g.close()
