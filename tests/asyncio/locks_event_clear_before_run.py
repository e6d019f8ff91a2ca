# set() followed at once by clear(): the waiters were already woken and still
# return True; a wait() that starts after clear() blocks again.
import asyncio


async def main():
    event = asyncio.Event()
    log = []

    async def waiter(name):
        log.append((name, await event.wait()))

    early = [asyncio.create_task(waiter(f"early{i}")) for i in range(2)]
    await asyncio.sleep(0)
    event.set()
    event.clear()
    late = asyncio.create_task(waiter("late"))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(log, late.done(), event.is_set())
    event.set()
    await late
    print(log)
    await asyncio.gather(*early)


asyncio.run(main())
