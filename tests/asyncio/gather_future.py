# gather returns a Future (not a coroutine): it can be checked, given callbacks, and awaited.
import asyncio


async def main():
    g = asyncio.gather(asyncio.sleep(0, result=1), asyncio.sleep(0, result=2))
    print("is future:", asyncio.isfuture(g), "done:", g.done())
    g.add_done_callback(lambda f: print("callback with", f.result()))
    print(await g)
    print("done:", g.done(), "result:", g.result())
    await asyncio.sleep(0)


asyncio.run(main())
