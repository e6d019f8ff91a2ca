# asyncio.run: runs a coroutine in a new loop and returns its value; rejects non-coroutines
# and refuses to nest inside a running loop.
import asyncio


async def answer(x):
    await asyncio.sleep(0)
    return x * 2


async def main():
    v = await answer(21)
    print("inside main, answer:", v)
    c = answer(1)
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("nested run:", e)
    c.close()
    return "main result"


print("run returned:", asyncio.run(main()))
print("run returned:", asyncio.run(answer(5)))
for bad in (1, None, "text"):
    try:
        asyncio.run(bad)
    except ValueError as e:
        print("ValueError:", e)
