# as_completed(timeout=...): after the deadline, the awaitables still to come
# raise TimeoutError; the unfinished tasks are not cancelled.
import asyncio


async def main():
    gate = asyncio.Event()
    quick = asyncio.create_task(asyncio.sleep(0, result="quick"))
    stuck = asyncio.create_task(gate.wait())
    outcomes = []
    for next_done in asyncio.as_completed([quick, stuck], timeout=0.02):
        try:
            outcomes.append(await next_done)
        except TimeoutError as error:
            outcomes.append(type(error).__name__)
    print(outcomes, stuck.cancelled(), stuck.done())
    gate.set()
    await stuck
    # a timeout that does not expire changes nothing
    tasks = [asyncio.create_task(asyncio.sleep(0, result=i)) for i in range(3)]
    print(sorted([await f for f in asyncio.as_completed(tasks, timeout=5)]))


asyncio.run(main())
