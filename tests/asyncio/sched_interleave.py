# Five tasks, each yielding a different number of times: the log shows the FIFO ready
# queue at work.
import asyncio

log = []


async def task(name, yields):
    log.append(name + " start")
    for i in range(yields):
        await asyncio.sleep(0)
        log.append("%s step %d" % (name, i))
    log.append(name + " end")
    return name


async def main():
    tasks = [asyncio.create_task(task("t%d" % i, i)) for i in range(5)]
    log.append("main created all")
    await asyncio.sleep(0)
    log.append("main resumed")
    results = await asyncio.gather(*tasks)
    log.append("main gathered " + ",".join(results))
    print("\n".join(log))


asyncio.run(main())
