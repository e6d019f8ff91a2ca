# q.put(x) without await puts nothing: it only makes a coroutine, and CPython warns
# that it was never awaited when it is dropped (here: at exit).
import asyncio

q = asyncio.Queue()
forgotten = q.put("lost")
print(type(forgotten).__name__, forgotten.__qualname__, q.qsize())

closed = q.get()
closed.close()


async def main():
    await q.put("kept")
    print(await q.get(), q.qsize())


asyncio.run(main())
