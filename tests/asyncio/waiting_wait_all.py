# asyncio.wait(tasks): by default waits for all; returns (done, pending) sets.
import asyncio


async def job(name, steps, fail=False):
    for _ in range(steps):
        await asyncio.sleep(0)
    if fail:
        raise ValueError(f"{name} failed")
    return name


async def main():
    tasks = [asyncio.create_task(job(f"j{i}", i), name=f"j{i}") for i in range(3)]
    tasks.append(asyncio.create_task(job("bad", 1, fail=True), name="bad"))
    done, pending = await asyncio.wait(tasks)
    print(type(done).__name__, len(done), len(pending))
    for task in sorted(done, key=lambda t: t.get_name()):
        if task.exception():
            print(task.get_name(), "raised", repr(task.exception()))
        else:
            print(task.get_name(), "returned", task.result())
    # a plain Future is accepted too, and any iterable of them
    future = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(future.set_result, "future value")
    done, pending = await asyncio.wait((future,))
    print([f.result() for f in done], pending)
    # the same task twice counts once
    task = asyncio.create_task(job("twice", 1))
    done, pending = await asyncio.wait([task, task], return_when=asyncio.ALL_COMPLETED)
    print(len(done), task in done)


asyncio.run(main())
