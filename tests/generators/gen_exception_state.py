# The exception being handled around a yield is restored when the generator resumes,
# and the caller's handled exception is not visible inside.
import sys
def gen():
    try:
        raise ValueError("inside")
    except ValueError:
        print("before yield:", repr(sys.exc_info()[1]))
        yield 1
        print("after resume:", repr(sys.exc_info()[1]))
    print("outside except:", sys.exc_info()[1])
    yield 2

g = gen()
print(next(g))
print("caller sees:", sys.exc_info()[1])
try:
    raise KeyError("caller")
except KeyError:
    print(next(g))
    print("caller still:", repr(sys.exc_info()[1]))

def plain():
    print("plain sees:", repr(sys.exc_info()[1]))
    yield
try:
    raise TypeError("outer")
except TypeError:
    list(plain())

# An exception raised inside the generator takes the caller's handled exception as __context__.
def raiser():
    yield 1
    raise IndexError("in gen")
r = raiser()
next(r)
try:
    raise KeyError("caller")
except KeyError:
    try:
        next(r)
    except IndexError as e:
        print("context:", repr(e.__context__))
