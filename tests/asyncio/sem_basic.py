# A Semaphore(2) lets at most two tasks into the block at once.
# args: --virtual-time
import asyncio

inside = 0
most = 0


async def job(name, sem):
    global inside, most
    async with sem:
        inside += 1
        most = max(most, inside)
        print(name, "in, inside =", inside)
        await asyncio.sleep(0.01)
        inside -= 1
        print(name, "out")


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(job("j%d" % i, sem) for i in range(5)))
    print("most at once:", most)


asyncio.run(main())
