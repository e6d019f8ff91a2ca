# `async with barrier as index:` waits at the barrier on the way in and
# binds the arrival index; leaving the block does nothing.
import asyncio


async def runner(name, barrier, delay, log):
    await asyncio.sleep(delay)
    log.append(name + " ready")
    async with barrier as index:
        log.append(f"{name} starts (arrived {index})")
    log.append(name + " left the block")


async def main():
    barrier = asyncio.Barrier(3)
    log = []
    await asyncio.gather(*(runner(name, barrier, delay, log)
                           for name, delay in (("x", 0.02), ("y", 0.0), ("z", 0.01))))
    print("\n".join(log))
    print(await barrier.__aexit__(None, None, None))


asyncio.run(main())
