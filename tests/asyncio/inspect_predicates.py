# inspect and asyncio predicates on coroutine functions, coroutines, tasks and futures.
import asyncio
import inspect


async def native():
    return 1


def plain():
    return 1


async def main():
    c = native()
    t = asyncio.create_task(native())
    f = asyncio.get_running_loop().create_future()
    print("iscoroutinefunction:", inspect.iscoroutinefunction(native), inspect.iscoroutinefunction(plain),
          asyncio.iscoroutinefunction(native), asyncio.iscoroutinefunction(plain))
    print("iscoroutine:", inspect.iscoroutine(c), asyncio.iscoroutine(c), inspect.iscoroutine(t))
    print("isawaitable:", inspect.isawaitable(c), inspect.isawaitable(t), inspect.isawaitable(f),
          inspect.isawaitable(1))
    print("isfuture:", asyncio.isfuture(t), asyncio.isfuture(f), asyncio.isfuture(c))
    print("isgenerator:", inspect.isgenerator(c), inspect.isgeneratorfunction(native))
    c.close()
    f.cancel()
    await t


asyncio.run(main())
