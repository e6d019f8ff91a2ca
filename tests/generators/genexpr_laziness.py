def src(n):
    for i in range(n):
        print("src yields", i)
        yield i

def sq(x):
    print("computing", x)
    return x * x

g = (sq(x) for x in src(3))
print("created")
print(next(g))
print("between")
for v in g:
    print("got", v)

print("eager first iterable:")
def make():
    print("make called")
    return [1, 2]
h = (x for x in make())
print("before next")
print(list(h))

try:
    g = (x for x in 5)
except TypeError as e:
    print("at creation:", e)
try:
    g = (x for x in undefined_name)
except NameError as e:
    print("at creation:", e)

g = (x + y for x in [1, 2] for y in undefined_later)
print("created second-level genexpr")
try:
    next(g)
except NameError as e:
    print("lazily:", e)
undefined_later = [10]
g = (x + y for x in [1, 2] for y in undefined_later)
print(list(g))
