def gen():
    yield 1
    yield from me

me = gen()
print(next(me))
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
print(list(me))

def a():
    yield from b_gen
def b():
    yield 0
    yield from a_gen
a_gen = a()
b_gen = b()
print(next(a_gen))
try:
    next(a_gen)
except ValueError as e:
    print("ValueError:", e)
