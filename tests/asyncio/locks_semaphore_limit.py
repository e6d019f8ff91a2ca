# A Semaphore(3) lets at most three of six workers in at once, admitting the
# rest in arrival order.
import asyncio

inside = 0
most = 0
admitted = []


async def worker(name, sem):
    global inside, most
    async with sem:
        inside += 1
        most = max(most, inside)
        admitted.append(name)
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        inside -= 1


async def main():
    sem = asyncio.Semaphore(3)
    await asyncio.gather(*(worker(f"w{i}", sem) for i in range(6)))
    print("most inside at once:", most)
    print("admitted:", admitted)
    print(sem.locked(), sem._value)


asyncio.run(main())
