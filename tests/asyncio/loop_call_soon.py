# call_soon: callbacks run in FIFO order, with their arguments, on the next iteration;
# ones added while running wait for the following iteration.
import asyncio


def cb(label, *args):
    print("callback", label, args)


def chain(loop, n):
    print("chain", n)
    if n < 3:
        loop.call_soon(chain, loop, n + 1)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, "a")
    loop.call_soon(cb, "b", 1, 2)
    loop.call_soon(chain, loop, 1)
    loop.call_soon(cb, "c", "x")
    print("scheduled, nothing ran yet")
    await asyncio.sleep(0)
    print("main after one iteration")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
