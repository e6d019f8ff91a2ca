# Async generators under asyncio: awaiting sleeps and tasks between yields,
# consumed by several tasks at once, closed explicitly with aclose().
# args: --virtual-time
import asyncio


async def ticker(name, count, delay):
    try:
        for i in range(count):
            await asyncio.sleep(delay)
            yield "%s%d" % (name, i)
    finally:
        print("  ticker", name, "cleaned up")


async def collect(name, count, delay):
    return [item async for item in ticker(name, count, delay)]


async def main():
    print(await collect("a", 3, 0))
    results = await asyncio.gather(collect("x", 3, 0.02), collect("y", 2, 0.005))
    print(results)
    gen = ticker("b", 10, 0)
    print(await anext(gen), await gen.asend(None))
    await gen.aclose()
    print(await anext(gen, "exhausted"))
    events = []

    async def producer(queue):
        async for item in ticker("q", 3, 0.001):
            await queue.put(item)
        await queue.put(None)

    async def consumer(queue):
        while (item := await queue.get()) is not None:
            events.append(item)

    queue = asyncio.Queue()
    await asyncio.gather(producer(queue), consumer(queue))
    print(events)


asyncio.run(main())
print("end")
