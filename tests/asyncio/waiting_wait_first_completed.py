# asyncio.wait(return_when=FIRST_COMPLETED) returns as soon as one finishes;
# the others keep running.
import asyncio


async def job(name, steps):
    for _ in range(steps):
        await asyncio.sleep(0)
    print(name, "finished")
    return name


async def main():
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
    tasks = [asyncio.create_task(job(f"j{steps}", steps)) for steps in (30, 1, 15)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done:", sorted(t.result() for t in done), "pending:", len(pending))
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print("done:", sorted(t.result() for t in done), "pending:", len(pending))
    await asyncio.wait(pending)
    # a task that is already done: returns at once
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending))


asyncio.run(main())
