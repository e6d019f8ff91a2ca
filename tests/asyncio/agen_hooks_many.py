# Thousands of generators abandoned inside try/finally, and thousands run to
# their end: every abandoned one is closed exactly once — by the finalizer
# hook once it is collected, or by shutdown_asyncgens() at the end.
import asyncio

closed = []


async def guarded(i):
    try:
        yield i
        yield i + 1
    finally:
        closed.append(i)


async def short(i):
    yield i


async def main():
    total = 0
    for i in range(3000):
        async for value in guarded(i):
            total += value
            break
        async for value in short(i):
            total += value
        if i % 250 == 0:
            await asyncio.sleep(0)
    print("total", total)


asyncio.run(main())
print(len(closed), "closed,", len(set(closed)), "different, all:", sorted(closed) == list(range(3000)))
