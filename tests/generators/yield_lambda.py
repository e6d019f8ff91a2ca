# A lambda whose body is a yield expression is a generator function.
import inspect
f = lambda: (yield 1)
print(inspect.isgeneratorfunction(f))
g = f()
print(next(g))
try:
    g.send("sent")
except StopIteration as e:
    print("value:", e.value)

h = lambda x: (yield x * 2)
print(list(h(4)))
k = lambda n: ((yield n), (yield n + 1))
g = k(3)
print(next(g), g.send("a"))
try:
    g.send("b")
except StopIteration as e:
    print(e.value)
print(f.__name__, type(f()).__name__)
