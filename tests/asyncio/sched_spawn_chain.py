# Tasks that create tasks: each new task starts on a later iteration than its creator's step.
import asyncio


async def spawner(depth, log):
    log.append("enter %d" % depth)
    if depth < 3:
        child = asyncio.create_task(spawner(depth + 1, log))
        log.append("created %d" % (depth + 1))
        await asyncio.sleep(0)
        log.append("back in %d" % depth)
        await child
    log.append("leave %d" % depth)


async def main():
    log = []
    await spawner(0, log)
    print("\n".join(log))


asyncio.run(main())
