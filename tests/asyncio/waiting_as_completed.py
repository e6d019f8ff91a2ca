# asyncio.as_completed yields awaitables that give results in the order the
# tasks finish, not the order they were given.
import asyncio


async def job(name, steps, fail=False):
    for _ in range(steps):
        await asyncio.sleep(0)
    if fail:
        raise ValueError(f"{name} failed")
    return name


async def main():
    jobs = [job("slow", 30), job("fast", 1), job("middle", 10), job("broken", 20, fail=True)]
    iterator = asyncio.as_completed(jobs)
    print(type(iterator).__name__)
    for next_done in iterator:
        try:
            print("got", await next_done)
        except ValueError as error:
            print("raised", error)
    future = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(future.set_result, "a future")
    print([await f for f in asyncio.as_completed([future])])
    print(list(asyncio.as_completed([])))
    for bad in (future, job("lonely", 0)):
        try:
            asyncio.as_completed(bad)
        except TypeError as error:
            print("TypeError:", error)
        else:
            print("no error yet (it is a generator)")
            try:
                next(asyncio.as_completed(bad))
            except TypeError as error:
                print("TypeError on first next():", error)
            if asyncio.iscoroutine(bad):
                bad.close()


asyncio.run(main())
