# __iter__ and __next__ in user classes.
class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)))
for i in Countdown(3):
    print('tick', i)
it = iter(Countdown(2))
print(next(it), next(it), next(it, 'done'))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(0, self.n * 2, 2))
print(list(Range2(4)), sum(Range2(4)), sorted(Range2(3), reverse=True))
a, b, c = Countdown(3)
print(a, b, c)
print(list(zip(Countdown(3), 'abc')), dict(zip('xy', Countdown(2))))
