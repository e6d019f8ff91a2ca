# Barrier's argument check, its read-only properties, and BrokenBarrierError
# (a RuntimeError, defined in asyncio.exceptions).
import asyncio

for parties in (0, -2):
    try:
        asyncio.Barrier(parties)
    except ValueError as error:
        print("Barrier(%d): ValueError: %s" % (parties, error))

print(asyncio.BrokenBarrierError)
print(issubclass(asyncio.BrokenBarrierError, RuntimeError))
print(asyncio.BrokenBarrierError.__doc__)
print(repr(asyncio.BrokenBarrierError("x")))
print(asyncio.Barrier, asyncio.Barrier.__module__)

barrier = asyncio.Barrier(2)
for name in ("parties", "n_waiting", "broken"):
    try:
        setattr(barrier, name, 5)
    except AttributeError:
        print("cannot set", name)
print(barrier.parties, barrier.n_waiting, barrier.broken)


async def main():
    try:
        async with asyncio.timeout(0.01):
            await barrier.wait()
    except TimeoutError:
        print("timed out waiting alone; n_waiting:", barrier.n_waiting)
    try:
        raise asyncio.BrokenBarrierError("by hand")
    except RuntimeError as error:
        print("caught as RuntimeError:", error)


asyncio.run(main())
