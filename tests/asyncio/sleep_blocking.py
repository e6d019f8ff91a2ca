# time.sleep blocks the whole loop: no other task runs meanwhile (unlike asyncio.sleep).
import asyncio
import time


async def ticker(log):
    for i in range(3):
        log.append("tick %d" % i)
        await asyncio.sleep(0)


async def blocker(log):
    log.append("blocker starts time.sleep")
    time.sleep(0.02)
    log.append("blocker ends time.sleep")
    await asyncio.sleep(0)
    log.append("blocker done")


async def main():
    log = []
    await asyncio.gather(blocker(log), ticker(log))
    for line in log:
        print(line)


asyncio.run(main())
