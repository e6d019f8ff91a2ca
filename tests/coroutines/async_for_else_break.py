# `async for` supports else, break, continue, nested loops, tuple targets
# and return from inside the loop.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


async def pairs(n):
    for i in range(n):
        yield i, i * i


async def find(target):
    async for i, square in pairs(10):
        if square == target:
            return i
    return None


async def main():
    async for i, square in pairs(3):
        print("pair", i, square)
    else:
        print("else after full loop")
    async for i, square in pairs(5):
        if i == 1:
            continue
        if i == 3:
            break
        print("kept", i)
    else:
        print("not printed")
    async for a, _ in pairs(2):
        async for b, _ in pairs(2):
            print("nested", a, b)
    print("find 16 ->", await find(16), "find 5 ->", await find(5))
    total = 0
    async for i, _ in pairs(0):
        total += 1
    else:
        print("empty loop else, total", total)


run(main())
