# await runs the awaited coroutine to its end and gives back its return value; a chain of
# awaits is one task: the lines print in call order.
import asyncio


async def leaf(n):
    print("  leaf", n, "start")
    await asyncio.sleep(0)
    print("  leaf", n, "end")
    return n * 10


async def middle(n):
    print(" middle", n, "start")
    a = await leaf(n)
    b = await leaf(n + 1)
    print(" middle", n, "end")
    return a + b


async def main():
    print("main start")
    total = await middle(1)
    print("main got", total)
    total = await middle(5)
    print("main got", total)


asyncio.run(main())
