# An async generator consumed by `async for` inside a coroutine, driven by a
# tiny loop that only calls send(None) until StopIteration.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


async def countdown(n):
    while n > 0:
        yield n
        n -= 1
    print("countdown finished")


async def main():
    seen = []
    async for value in countdown(3):
        print("got", value)
        seen.append(value)
    async for value in countdown(0):
        print("never")
    return seen


print(run(main()))
