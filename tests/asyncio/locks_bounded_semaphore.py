# asyncio.BoundedSemaphore refuses to be released above its start value.
import asyncio


def show(primitive):
    text = repr(primitive)
    return text[: text.index(" object at ")] + text[text.index(" [") :]


async def main():
    sem = asyncio.BoundedSemaphore(2)
    print(show(sem), isinstance(sem, asyncio.Semaphore))
    try:
        sem.release()
    except ValueError as error:
        print("ValueError:", error)
    async with sem:
        async with sem:
            print(show(sem))
        print(show(sem))
    try:
        sem.release()
    except ValueError as error:
        print("ValueError:", error, show(sem))
    zero = asyncio.BoundedSemaphore(0)
    try:
        zero.release()
    except ValueError as error:
        print("ValueError:", error)


asyncio.run(main())
