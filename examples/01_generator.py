# 01 — A generator: a function that can pause.
#
# Calling a function that contains `yield` runs none of its body: it returns
# a generator object. Each next() runs the body up to the next `yield`,
# hands out the value, and pauses there with all its local variables kept.
# When the body ends, next() raises StopIteration — which is how a `for`
# loop knows to stop.


def countdown(n):
    print("starting the countdown")
    while n > 0:
        yield n
        n -= 1
    print("liftoff!")


g = countdown(3)
print("made", type(g).__name__, "- nothing has run yet")
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration: the generator is finished")

# A for loop calls next() for us and stops at StopIteration.
for number in countdown(2):
    print("for got", number)
