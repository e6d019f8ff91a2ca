# aiter(x) calls x.__aiter__() and checks that the result is an async iterator.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


async def agen():
    yield 1
    yield 2


class Counter:
    def __init__(self, limit):
        self.limit = limit
        self.n = 0

    def __aiter__(self):
        print("  __aiter__ called")
        return self

    async def __anext__(self):
        if self.n >= self.limit:
            raise StopAsyncIteration
        self.n += 1
        return self.n


class ReturnsIterable:
    def __aiter__(self):
        return [1, 2]


g = agen()
print(aiter(g) is g)
c = Counter(2)
print(aiter(c) is c)


async def main():
    print([x async for x in aiter(Counter(3))])
    it = aiter(agen())
    print(await anext(it), await anext(it))


run(main())
for call in (lambda: aiter(1), lambda: aiter([1]), lambda: aiter(ReturnsIterable()), lambda: aiter(),
             lambda: aiter(g, 1), lambda: aiter(x=g)):
    try:
        call()
        print("ok")
    except TypeError as error:
        print("TypeError:", error)
