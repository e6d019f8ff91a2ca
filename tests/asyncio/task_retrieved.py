# Looking at a failed task's exception (exception(), result(), await) marks it retrieved:
# no "never retrieved" report.
import asyncio


async def boom(n):
    await asyncio.sleep(0)
    raise ValueError(n)


async def main():
    a = asyncio.create_task(boom(1))
    b = asyncio.create_task(boom(2))
    c = asyncio.create_task(boom(3))
    await asyncio.sleep(0.01)
    print("a:", repr(a.exception()))
    try:
        b.result()
    except ValueError as e:
        print("b:", repr(e))
    try:
        await c
    except ValueError as e:
        print("c:", repr(e))


asyncio.run(main())
print("end, nothing on stderr")
