# Async comprehensions: list, set and dict displays with `async for`,
# conditions, several clauses, and `await` inside comprehensions.
import types


@types.coroutine
def tick(value):
    sent = yield value
    return sent


async def upto(n):
    for i in range(n):
        yield i


async def double(x):
    await tick(("double", x))
    return 2 * x


def run(coro):
    log = []
    try:
        while True:
            log.append(coro.send(None))
    except StopIteration as stop:
        print("driver saw", log)
        return stop.value


async def main():
    print([x async for x in upto(5)])
    print([x async for x in upto(10) if x % 3 == 0])
    print({x % 3 async for x in upto(10)})
    print({x: x * x async for x in upto(4)})
    print([(x, y) async for x in upto(3) for y in range(x)])
    print([(x, y) for x in range(3) async for y in upto(x)])
    print([await double(x) for x in range(3)])
    print([await double(x) async for x in upto(3) if await double(x) > 0])
    print([[y async for y in upto(x)] async for x in upto(4)])
    return "done"


print(run(main()))
