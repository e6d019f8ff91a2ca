# shutdown_asyncgens() closes the abandoned generators concurrently (one
# aclose() task each, gathered): their cleanups overlap in time, so three
# cleanups that each sleep 0.1 s take about 0.1 s in all (not 0.3 s).
# args: --virtual-time
import asyncio
import time

kept = []
log = []
running = 0
most_at_once = 0


async def stream(name):
    global running, most_at_once
    try:
        while True:
            yield name
    finally:
        running += 1
        most_at_once = max(most_at_once, running)
        await asyncio.sleep(0.1)
        running -= 1
        log.append(name + " closed")


async def main():
    for name in ("a", "b", "c"):
        gen = stream(name)
        kept.append(gen)
        async for item in gen:
            print("took", item)
            break
    print("main returns")


start = time.monotonic()
asyncio.run(main())
print(sorted(log))
print("at most", most_at_once, "cleanups at once; less than 0.2 s:", time.monotonic() - start < 0.2)
