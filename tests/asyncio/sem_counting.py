# Semaphore counts: acquire lowers it, release raises it; locked() when it is 0; a negative
# start is a ValueError.
import asyncio


async def main():
    sem = asyncio.Semaphore(2)
    print(sem.locked())
    await sem.acquire()
    await sem.acquire()
    print("after two acquires, locked:", sem.locked())
    sem.release()
    print("after a release, locked:", sem.locked())
    sem.release()
    sem.release()
    print("a plain Semaphore may go above its start:", sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
