# Condition methods that need the lock say so when it is not held.
import asyncio


async def main():
    cond = asyncio.Condition()
    try:
        await cond.wait()
    except RuntimeError as error:
        print("RuntimeError:", error)
    for call in (cond.notify, cond.notify_all):
        try:
            call()
        except RuntimeError as error:
            print("RuntimeError:", error)
    try:
        cond.release()
    except RuntimeError as error:
        print("RuntimeError:", error)
    await cond.acquire()
    cond.notify(5)  # nobody waiting: nothing happens
    cond.release()
    print(cond.locked())
    try:
        await cond.wait_for(lambda: 1 / 0)
    except ZeroDivisionError as error:
        print("ZeroDivisionError:", error)


asyncio.run(main())
