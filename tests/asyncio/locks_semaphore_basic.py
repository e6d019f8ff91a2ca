# asyncio.Semaphore: a counter of free places; reprs, locked(), errors.
import asyncio


def show(primitive):
    text = repr(primitive)
    return text[: text.index(" object at ")] + text[text.index(" [") :]


async def main():
    sem = asyncio.Semaphore(2)
    print(show(sem), sem.locked())
    print(await sem.acquire(), show(sem))
    print(await sem.acquire(), show(sem), sem.locked())
    sem.release()
    sem.release()
    sem.release()  # a plain Semaphore may grow past its start value
    print(show(sem))
    async with sem as bound:
        print("inside:", bound, show(sem))
    print(show(asyncio.Semaphore()), show(asyncio.Semaphore(0)))
    try:
        asyncio.Semaphore(-1)
    except ValueError as error:
        print("ValueError:", error)
    try:
        async with sem:
            raise OSError("body failed")
    except OSError as error:
        print("OSError:", error, show(sem))


asyncio.run(main())
