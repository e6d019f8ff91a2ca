# Class bodies run once, are not enclosing scopes for methods.
x = 'global x'
class C:
    x = 'class x'
    print('class body runs', x)
    def method(self):
        return x
    y = [x for _ in range(1)]
print(C().method(), C.x, C.y)
class Counter:
    n = 0
    for i in range(3):
        n += i
print(Counter.n, Counter.i)
