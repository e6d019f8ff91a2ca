# put_nowait on a full queue raises QueueFull; get_nowait on an empty one raises QueueEmpty.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=1)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e), isinstance(e, Exception))
    q.put_nowait("x")
    try:
        q.put_nowait("y")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e), isinstance(e, Exception))
    print(q.get_nowait(), q.qsize())


asyncio.run(main())
