# Leaving async for early and calling aclose() runs the generator's finally block;
# asend() sends values in.
import asyncio


async def resource():
    print("open")
    try:
        i = 0
        while True:
            got = yield i
            if got is not None:
                print("received", got)
            i += 1
            await asyncio.sleep(0)
    finally:
        print("close (finally)")


async def main():
    gen = resource()
    async for v in gen:
        print("value", v)
        if v == 2:
            break
    print("loop left")
    await gen.aclose()
    g2 = resource()
    print(await g2.asend(None))
    print(await g2.asend("hello"))
    await g2.aclose()


asyncio.run(main())
